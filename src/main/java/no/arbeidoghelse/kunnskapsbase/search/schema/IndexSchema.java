package no.arbeidoghelse.kunnskapsbase.search.schema;

import java.util.HashMap;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.query.RecordQueryParser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's fields and how each is read. {@link #VERSION} changes whenever the code's way of
 * indexing changes; an index of another version is rebuilt at start-up.
 */
public final class IndexSchema {

  public static final int VERSION = 4;

  public static final String ID = "id";
  public static final String STAMP = "stamp";
  public static final String TYPE = "type";
  public static final String STATE = "state";
  public static final String OWNER = "owner";
  public static final String ORGANISATION = "organisation";
  public static final String YEAR = "year";
  public static final String YEAR_SORT = "yearSort";
  public static final String CREATED = "created";
  public static final String SECTORS = "sectors";
  public static final String LEVELS = "levels";
  public static final String TOPICS = "topics";
  public static final String LANGUAGE = "language";

  /** Display title for hits and suggestions. */
  public static final String TITLE = "title";

  /** Words of published records, as written: for "did you mean" and word suggestions. */
  public static final String SPELL = "spell";

  /**
   * The catch-all field of an analyzer holds a record's descriptive texts (title, keywords,
   * summary, details) as one: what finding and counting search, see {@link #findingFields()}.
   */
  public static String anyText(String analyzer) {
    return "text." + analyzer;
  }

  /** Words of published records' titles, as written: for title suggestions. */
  public static final String TITLE_WORDS = "titleWords";

  private final IndexConfiguration configuration;
  private final FacetsConfig facets;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;

  public IndexSchema(IndexConfiguration configuration) {
    this.configuration = configuration;
    this.facets = new FacetsConfig();
    for (FacetName multi : new FacetName[] {FacetName.SECTOR, FacetName.LEVEL, FacetName.TOPIC}) {
      facets.setMultiValued(multi.key(), true);
    }
    indexAnalyzer = analyzer(true);
    queryAnalyzer = analyzer(false);
  }

  private IndexSchema(IndexSchema indexed, IndexConfiguration configuration) {
    this.configuration = configuration;
    this.facets = indexed.facets;
    this.indexAnalyzer = indexed.indexAnalyzer;
    this.queryAnalyzer = analyzer(false);
  }

  /**
   * This schema with the editors' vocabulary on the query side ({@link
   * IndexConfiguration#withVocabulary}); what is indexed, and how, stays the same.
   */
  public IndexSchema withVocabulary(java.util.Map<String, String> rulesByAnalyzer) {
    return new IndexSchema(this, configuration.withVocabulary(rulesByAnalyzer));
  }

  public IndexConfiguration configuration() {
    return configuration;
  }

  public FacetsConfig facets() {
    return facets;
  }

  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /** Each text field of each language analyzer, with its boost: the fields a query searches. */
  public Map<String, Float> searchedFields() {
    Map<String, Float> fields = new HashMap<>();
    for (TextField field : TextField.values()) {
      if (field == TextField.NAMES) {
        fields.put(field.key(), configuration.boost(field));
      } else {
        for (String analyzer : configuration.languageAnalyzers()) {
          fields.put(field.field(analyzer), configuration.boost(field));
        }
      }
    }
    return fields;
  }

  /**
   * The fields that find records (and count them), with their boosts: the catch-all text field of
   * each language analyzer, weighted like the descriptive fields scored as one (the lowest of their
   * boosts, as in {@link RecordQueryParser}), then documents and names. They match the same records
   * as {@link #searchedFields()}, with fewer and so faster clauses.
   */
  public Map<String, Float> findingFields() {
    Map<String, Float> fields = new HashMap<>();
    for (String analyzer : configuration.languageAnalyzers()) {
      fields.put(anyText(analyzer), describingWeight());
      fields.put(TextField.DOCUMENTS.field(analyzer), configuration.boost(TextField.DOCUMENTS));
    }
    fields.put(TextField.NAMES.key(), configuration.boost(TextField.NAMES));
    return fields;
  }

  /** The weight of the descriptive fields scored as one: the lowest of their boosts. */
  public float describingWeight() {
    return (float)
        TextField.DESCRIPTIVE.stream().mapToDouble(configuration::boost).min().orElse(1.0);
  }

  /** Analyzer per field: "title.norwegian" is read by "norwegian", names and words by theirs. */
  private Analyzer analyzer(boolean index) {
    Map<String, Analyzer> perField = new HashMap<>();
    configuration
        .analyzers()
        .forEach(
            (name, pair) -> {
              Analyzer analyzer = index ? pair.index() : pair.query();
              for (TextField field : TextField.values()) {
                perField.put(field.field(name), analyzer);
              }
              perField.put(anyText(name), analyzer);
            });
    var names = configuration.analyzers().get(IndexConfiguration.NAMES_ANALYZER);
    var words = configuration.analyzers().get(IndexConfiguration.WORDS_ANALYZER);
    perField.put(TextField.NAMES.key(), index ? names.index() : names.query());
    perField.put(SPELL, words.index());
    perField.put(TITLE_WORDS, words.index());
    return new PerFieldAnalyzerWrapper(words.index(), perField);
  }
}
