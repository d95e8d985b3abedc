package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback for questions asked in many words: the words that best characterise the
 * first few hits (frequent in them, rare in the collection) are added to the query with a small
 * weight, so records that say the same thing in other words rank higher. Short queries, the usual
 * case, are left as typed. The caller ranks the first hits and adds the expansion to its queries.
 */
public final class QueryExpansion {

  private final IndexSchema schema;

  public QueryExpansion(IndexSchema schema) {
    this.schema = schema;
  }

  /** Whether a question of this many words is expanded at all. */
  public boolean applies(int words) {
    var settings = schema.configuration().ranking();
    return settings.feedbackWeight() > 0 && words >= settings.feedbackMinWords();
  }

  /**
   * The words that best characterise {@code top}, the first hits of {@code query}, as a weighted
   * query to add to it (SHOULD); empty when there are none.
   */
  public Optional<Query> expansion(IndexSearcher searcher, Query query, ScoreDoc[] top)
      throws IOException {
    var settings = schema.configuration().ranking();
    // Hits that match only through constant-scoring parts (such as fuzzy words) may all score 0:
    // their shares of the top score are then undefined, and nothing characterises them.
    if (top.length == 0 || !(top[0].score > 0) || !Float.isFinite(top[0].score)) {
      return Optional.empty();
    }
    Set<Term> original = new HashSet<>();
    query.visit(org.apache.lucene.search.QueryVisitor.termCollector(original));
    Set<String> originalWords = new HashSet<>();
    original.forEach(t -> originalWords.add(t.text()));
    // Weight of a word: its share of each hit's text, by the hit's share of the top score
    Map<Term, Double> weights = new HashMap<>();
    var stored = searcher.storedFields();
    // only what is read below: a hit's document text can run to millions of characters
    Set<String> read = new HashSet<>(Set.of(IndexSchema.TITLE, IndexSchema.LANGUAGE));
    for (String analyzer : schema.configuration().languageAnalyzers()) {
      read.add(TextField.SUMMARY.field(analyzer));
      read.add(TextField.DETAILS.field(analyzer));
    }
    var reader = searcher.getIndexReader();
    for (ScoreDoc hit : top) {
      Document doc = stored.document(hit.doc, read);
      for (String analyzer : schema.configuration().languageAnalyzers()) {
        String field = TextField.DETAILS.field(analyzer);
        Map<String, Integer> counts = new HashMap<>();
        int length = 0;
        for (TextField part : List.of(TextField.SUMMARY, TextField.DETAILS)) {
          for (String text : doc.getValues(part.field(analyzer))) {
            length += count(field, text, counts);
          }
        }
        String title = doc.get(IndexSchema.TITLE);
        if (title != null && analyzer.equals(recordAnalyzer(doc))) {
          length += count(field, title, counts);
        }
        double share = Math.max(0, hit.score / top[0].score);
        for (var entry : counts.entrySet()) {
          if (originalWords.contains(entry.getKey()) || entry.getKey().length() < 3) {
            continue;
          }
          Term term = new Term(field, entry.getKey());
          int documents = reader.docFreq(term);
          if (documents < 2) {
            continue;
          }
          double idf = Math.log(1 + (reader.numDocs() - documents + 0.5) / (documents + 0.5));
          weights.merge(term, share * entry.getValue() / Math.max(1, length) * idf, Double::sum);
        }
      }
    }
    var best =
        weights.entrySet().stream()
            .filter(entry -> entry.getValue() > 0 && Double.isFinite(entry.getValue()))
            .sorted(Map.Entry.<Term, Double>comparingByValue().reversed())
            .limit(settings.feedbackWords())
            .toList();
    if (best.isEmpty()) {
      return Optional.empty();
    }
    double top1 = best.get(0).getValue();
    var expansion = new BooleanQuery.Builder();
    for (var entry : best) {
      String word = entry.getKey().text();
      String analyzer = entry.getKey().field().substring(entry.getKey().field().indexOf('.') + 1);
      for (TextField part : List.of(TextField.TITLE, TextField.SUMMARY, TextField.DETAILS)) {
        expansion.add(
            new BoostQuery(
                new TermQuery(new Term(part.field(analyzer), word)),
                (float) (entry.getValue() / top1) * schema.configuration().boost(part)),
            Occur.SHOULD);
      }
    }
    return Optional.of(new BoostQuery(expansion.build(), settings.feedbackWeight()));
  }

  private String recordAnalyzer(Document doc) {
    return schema.configuration().analyzerFor(doc.get(IndexSchema.LANGUAGE)).orElse("");
  }

  /** Adds the analysed words of the text to the counts; answers how many there were. */
  private int count(String field, String text, Map<String, Integer> counts) {
    int n = 0;
    try (var stream = schema.indexAnalyzer().tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
        n++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
