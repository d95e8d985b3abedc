package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;

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

  @Override
  protected Query newPhraseQuery(String text, int slop) {
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
    Query q = createBooleanQuery(field, text, getDefaultOperator());
    if (q != null) {
      query.add(new BoostQuery(q, weights.get(field)), Occur.SHOULD);
    }
  }

  /** The word over the combined fields of one language analyzer, or null if nothing is left. */
  private Query combined(String text, String analyzer) {
    if (!fieldsAsOne) {
      return catchAll(text, analyzer);
    }
    List<List<String>> positions = new ArrayList<>();
    boolean graph = false;
    String field = TextField.TITLE.field(analyzer);
    try (var stream = schema.queryAnalyzer().tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var increment = stream.addAttribute(PositionIncrementAttribute.class);
      var length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (length.getPositionLength() > 1) {
          graph = true;
          break;
        }
        if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new ArrayList<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (graph) {
      return fieldByField(text, analyzer);
    }
    if (positions.isEmpty()) {
      return null;
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    float lowest = schema.describingWeight();
    for (TextField part : TextField.DESCRIPTIVE) {
      weights.put(part.field(analyzer), schema.configuration().boost(part));
    }
    var all = new BooleanQuery.Builder();
    for (List<String> tokens : positions) {
      var alternatives = new BooleanQuery.Builder();
      for (String token : tokens) {
        var builder = new CombinedFieldQuery.Builder(token);
        // the query wants weights of at least 1: scale them, and the whole by the lowest
        for (var entry : weights.entrySet()) {
          builder.addField(entry.getKey(), entry.getValue() / lowest);
        }
        alternatives.add(builder.build(), Occur.SHOULD);
      }
      all.add(simplify(alternatives.build()), getDefaultOperator());
    }
    return new BoostQuery(simplify(all.build()), lowest);
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
