package no.arbeidoghelse.kunnskapsbase.search.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Reads the rules of the Norwegian synonym files the way the searched text is read before the
 * synonym filter (words split alike, lowercased, aa/ae/oe as å/æ/ø), so a rule written "aap" still
 * meets the query word "AAP" after normalisation has made it "åp". Named in {@code search.json}.
 */
public final class SynonymRuleAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    var tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(
        tokenizer, new ScandinavianNormalizationFilter(new LowerCaseFilter(tokenizer)));
  }
}
