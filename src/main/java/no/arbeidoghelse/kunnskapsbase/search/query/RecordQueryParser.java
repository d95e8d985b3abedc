package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.schema.CompoundPartsFilterFactory;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.search.schema.WrittenStandardsFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's {@code SimpleQueryParser} (any input is valid), with each plain word scored across a
 * record's descriptive fields as one (BM25F, {@link CombinedFieldQuery}) rather than field by
 * field: a word in the title and again in the summary then counts like a word that occurs twice in
 * one text, weighted by the fields' boosts, instead of twice over. Document text and names, whose
 * lengths are of another kind, are still scored on their own. Where analysis yields a multi-word
 * synonym (a graph), the word falls back to the parser's field-by-field query. The other form, for
 * finding and counting, searches each language's catch-all field instead of the descriptive fields.
 * All forms match the same records.
 */
public final class RecordQueryParser extends SimpleQueryParser {

  private final IndexSchema schema;
  private final boolean fieldsAsOne;
  private int expandedWords;
  private boolean expansionsLimited;

  /**
   * @param fieldsAsOne score the descriptive fields as one (BM25F, for ranking); otherwise search
   *     their catch-all field ({@link IndexSchema#findingFields()}), which Lucene can search far
   *     faster, for the best few because it may skip records that cannot make it, and for counting
   *     because it has fewer clauses
   */
  public RecordQueryParser(IndexSchema schema, boolean fieldsAsOne) {
    super(schema.queryAnalyzer(), fieldsAsOne ? schema.searchedFields() : schema.findingFields());
    this.schema = schema;
    this.fieldsAsOne = fieldsAsOne;
    setDefaultOperator(Occur.SHOULD);
  }

  /**
   * Whether words with {@code ~} or {@code *} were searched as typed because the query had more of
   * them than it may expand; known after {@link #parse}.
   */
  public boolean expansionsLimited() {
    return expansionsLimited;
  }

  /**
   * A fuzzy word costs far more than a plain one (every term within the edit distance, in every
   * field): at most a few per query, with fewer edits for short words, which otherwise match almost
   * anything.
   */
  @Override
  protected Query newFuzzyQuery(String text, int fuzziness) {
    int length = text.codePointCount(0, text.length());
    int edits = Math.min(fuzziness, length < 3 ? 0 : length < 6 ? 1 : 2);
    return edits > 0 && mayExpand() ? super.newFuzzyQuery(text, edits) : newDefaultQuery(text);
  }

  /** Prefixes of fewer than three letters would read most of the index's words. */
  @Override
  protected Query newPrefixQuery(String text) {
    return text.codePointCount(0, text.length()) >= 3 && mayExpand()
        ? super.newPrefixQuery(text)
        : newDefaultQuery(text);
  }

  /** A phrase; or a term of several words ({@link QueryText#TERM_SLOP}): all its words. */
  @Override
  protected Query newPhraseQuery(String text, int slop) {
    if (slop == QueryText.TERM_SLOP) {
      Occur operator = getDefaultOperator();
      setDefaultOperator(Occur.MUST);
      try {
        return newDefaultQuery(text);
      } finally {
        setDefaultOperator(operator);
      }
    }
    return super.newPhraseQuery(
        text, Math.min(slop, schema.configuration().query().maxPhraseSlop()));
  }

  private boolean mayExpand() {
    if (expandedWords < schema.configuration().query().maxExpandedWords()) {
      expandedWords++;
      return true;
    }
    expansionsLimited = true;
    return false;
  }

  @Override
  protected Query newDefaultQuery(String text) {
    var query = new BooleanQuery.Builder();
    for (String analyzer : schema.configuration().languageAnalyzers()) {
      Query combined = combined(text, analyzer);
      if (combined != null) {
        query.add(combined, Occur.SHOULD);
      }
      separate(query, TextField.DOCUMENTS.field(analyzer), text);
    }
    separate(query, TextField.NAMES.key(), text);
    return simplify(query.build());
  }

  private void separate(BooleanQuery.Builder query, String field, String text) {
    var analysed = analyse(field, text);
    Query q =
        analysed.graph()
            ? createBooleanQuery(field, text, getDefaultOperator())
            : words(analysed, forms -> synonyms(field, forms));
    if (q != null) {
      query.add(new BoostQuery(q, weights.get(field)), Occur.SHOULD);
    }
  }

  /**
   * One word of the query as analysed: its forms (as typed, its synonyms and their variants in the
   * other written standard) and, for a compound, its parts, each with its variants.
   */
  private record Word(List<String> forms, List<List<String>> parts) {}

  /** The query's words, position by position; or a graph (a multi-word synonym). */
  private record Analysed(List<List<Word>> positions, boolean graph) {}

  /**
   * The text as the field's query analyzer reads it. A variant follows the token it is a variant
   * of, and a compound's parts (typed {@link CompoundPartsFilterFactory#PART}) follow the compound.
   */
  private Analysed analyse(String field, String text) {
    List<List<Word>> positions = new ArrayList<>();
    try (var stream = schema.queryAnalyzer().tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var increment = stream.addAttribute(PositionIncrementAttribute.class);
      var length = stream.addAttribute(PositionLengthAttribute.class);
      var type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      List<String> last = null;
      while (stream.incrementToken()) {
        if (length.getPositionLength() > 1) {
          stream.end();
          return new Analysed(List.of(), true);
        }
        if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new ArrayList<>());
          last = null;
        }
        List<Word> words = positions.get(positions.size() - 1);
        String token = term.toString();
        if (type.type().equals(CompoundPartsFilterFactory.PART) && !words.isEmpty()) {
          last = new ArrayList<>(List.of(token));
          words.get(words.size() - 1).parts().add(last);
        } else if (type.type().equals(WrittenStandardsFilterFactory.VARIANT) && last != null) {
          last.add(token);
        } else {
          var word = new Word(new ArrayList<>(List.of(token)), new ArrayList<>());
          words.add(word);
          last = word.forms();
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Analysed(positions, false);
  }

  /**
   * The analysed words joined by the default operator. At each position any form of the word will
   * do; a compound's parts count only together ("sykefraværsoppfølging" is found in records with
   * both "sykefravær" and "oppfølging", not in every record with "oppfølging"). {@code forms} makes
   * the query of forms that stand for one another.
   */
  private Query words(Analysed analysed, java.util.function.Function<List<String>, Query> forms) {
    var all = new BooleanQuery.Builder();
    for (List<Word> position : analysed.positions()) {
      var alternatives = new BooleanQuery.Builder();
      alternatives.add(
          forms.apply(position.stream().flatMap(word -> word.forms().stream()).distinct().toList()),
          Occur.SHOULD);
      for (Word word : position) {
        if (!word.parts().isEmpty()) {
          var parts = new BooleanQuery.Builder();
          word.parts()
              .forEach(
                  part -> parts.add(forms.apply(part.stream().distinct().toList()), Occur.MUST));
          alternatives.add(parts.build(), Occur.SHOULD);
        }
      }
      all.add(simplify(alternatives.build()), getDefaultOperator());
    }
    return simplify(all.build());
  }

  /** Terms of one field that stand for one another, scored as one (as the parser does). */
  private static Query synonyms(String field, List<String> forms) {
    if (forms.size() == 1) {
      return new TermQuery(new Term(field, forms.get(0)));
    }
    var synonyms = new SynonymQuery.Builder(field);
    forms.forEach(form -> synonyms.addTerm(new Term(field, form)));
    return synonyms.build();
  }

  /** The word over the combined fields of one language analyzer, or null if nothing is left. */
  private Query combined(String text, String analyzer) {
    if (!fieldsAsOne) {
      return catchAll(text, analyzer);
    }
    var analysed = analyse(TextField.TITLE.field(analyzer), text);
    if (analysed.graph()) {
      return fieldByField(text, analyzer);
    }
    if (analysed.positions().isEmpty()) {
      return null;
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    float lowest = schema.describingWeight();
    for (TextField part : TextField.DESCRIPTIVE) {
      weights.put(part.field(analyzer), schema.configuration().boost(part));
    }
    Query all =
        words(
            analysed,
            forms -> {
              var alternatives = new BooleanQuery.Builder();
              for (String form : forms) {
                var builder = new CombinedFieldQuery.Builder(form);
                // the query wants weights of at least 1: scale them, and the whole by the lowest
                for (var entry : weights.entrySet()) {
                  builder.addField(entry.getKey(), entry.getValue() / lowest);
                }
                alternatives.add(builder.build(), Occur.SHOULD);
              }
              return simplify(alternatives.build());
            });
    return new BoostQuery(all, lowest);
  }

  /**
   * Rewards records where consecutive words of the query stand close together (within {@code slop}
   * positions) in their descriptive texts: pairs of the analysed query words as sloppy phrases in
   * each language's catch-all field (whose texts stand far enough apart that no pair spans two),
   * added to the score of records that match anyway. Null for fewer than two words. One phrase per
   * pair and language rather than one per descriptive field: the ranking query's weights are built
   * for every search, and a fifth of ranking went to building and checking the phrases.
   */
  public Query proximity(String text, int slop) {
    var query = new BooleanQuery.Builder();
    int pairs = 0;
    for (String analyzer : schema.configuration().languageAnalyzers()) {
      List<String> terms = new ArrayList<>();
      String field = IndexSchema.anyText(analyzer);
      try (var stream = schema.queryAnalyzer().tokenStream(field, text)) {
        var term = stream.addAttribute(CharTermAttribute.class);
        var increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (increment.getPositionIncrement() > 0) {
            terms.add(term.toString());
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i + 1 < terms.size(); i++) {
        if (!terms.get(i).equals(terms.get(i + 1))) {
          query.add(
              new org.apache.lucene.search.PhraseQuery(slop, field, terms.get(i), terms.get(i + 1)),
              Occur.SHOULD);
          pairs++;
        }
      }
    }
    return pairs == 0 ? null : query.build();
  }

  private Query catchAll(String text, String analyzer) {
    var query = new BooleanQuery.Builder();
    separate(query, IndexSchema.anyText(analyzer), text);
    return simplify(query.build());
  }

  private Query fieldByField(String text, String analyzer) {
    var query = new BooleanQuery.Builder();
    for (TextField part : TextField.DESCRIPTIVE) {
      separate(query, part.field(analyzer), text);
    }
    return simplify(query.build());
  }
}
