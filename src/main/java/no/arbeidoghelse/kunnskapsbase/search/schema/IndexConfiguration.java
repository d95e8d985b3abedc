package no.arbeidoghelse.kunnskapsbase.search.schema;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * {@code index-config/search.json} and the files it names, read and checked once. Every problem is
 * reported with the file, the place in it and what is wrong, so a bad edit stops start-up with a
 * message a person can act on.
 */
public final class IndexConfiguration {

  public static final String FILE = "search.json";

  /** Analyzers every configuration must define, used for names and for suggestions. */
  public static final String NAMES_ANALYZER = "names";

  public static final String WORDS_ANALYZER = "words";

  /**
   * Named among a synonym filter's files, the editors' vocabulary for the analyzer's languages (in
   * the database, not a file): it changes while the application runs, see {@link #withVocabulary}.
   */
  public static final String VOCABULARY = "@vocabulary";

  /** One configured analyzer, as it reads indexed text and as it reads query text. */
  public record AnalyzerPair(Analyzer index, Analyzer query) {}

  /** BM25's parameters. */
  public record Ranking(
      float k1,
      float b,
      float proximityBoost,
      int proximitySlop,
      float feedbackWeight,
      int feedbackMinWords,
      int feedbackDocuments,
      int feedbackWords,
      int rescoreWindow) {}

  /**
   * Limits and sizes of the query side.
   *
   * @param notices what a searcher is told when a limit changed their search, by notice and
   *     language
   */
  public record QuerySettings(
      int maxLength,
      int maxTerms,
      int maxExpandedWords,
      int maxPhraseSlop,
      int timeBudgetMillis,
      Map<QueryNotice, Map<String, String>> notices,
      int snippetLength,
      int suggestions,
      int related) {

    /** The notice's text in the language, or in Bokmål when it has none in that language. */
    public String notice(QueryNotice notice, String language) {
      var texts = notices.get(notice);
      return texts.getOrDefault(language, texts.get("nb"));
    }
  }

  /** What a searcher is told when a limit changed their search. */
  public enum QueryNotice {
    TEXT_CUT("textCut"),
    WORDS_LEFT_OUT("wordsLeftOut"),
    EXPANSIONS_LIMITED("expansionsLimited"),
    TIME_BUDGET_EXCEEDED("timeBudgetExceeded");

    private final String key;

    QueryNotice(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** One facet as shown: its name and the label of each value, by language. */
  public record FacetDefinition(FacetName name, Map<String, Map<String, String>> labels) {
    public String label(String key, String language) {
      var byLanguage = labels.get(key);
      if (byLanguage == null) {
        return key;
      }
      return byLanguage.getOrDefault(language, byLanguage.getOrDefault("nb", key));
    }
  }

  private final Map<String, AnalyzerPair> analyzers;
  private final Map<String, String> languages;
  private final Set<String> languageAnalyzers;
  private final Map<TextField, Float> boosts;
  private final QuerySettings query;
  private final Ranking ranking;
  private final List<FacetDefinition> facets;
  private final String fingerprint;
  private final List<List<String>> multiWordTerms;
  private final Source source;

  private IndexConfiguration(
      Map<String, AnalyzerPair> analyzers,
      Map<String, String> languages,
      Map<TextField, Float> boosts,
      QuerySettings query,
      Ranking ranking,
      List<FacetDefinition> facets,
      String fingerprint,
      List<List<String>> multiWordTerms,
      Source source) {
    this.source = source;
    this.analyzers = analyzers;
    this.languages = languages;
    this.languageAnalyzers =
        java.util.Collections.unmodifiableSet(new TreeSet<>(languages.values()));
    this.boosts = boosts;
    this.query = query;
    this.ranking = ranking;
    this.facets = facets;
    this.fingerprint = fingerprint;
    this.multiWordTerms = multiWordTerms;
  }

  /**
   * The terms of more than one word in the synonym files (each as its words, lower-cased, longest
   * first): a query names them without quotes, so the query side quotes them to let the synonym
   * filter see them whole.
   */
  public List<List<String>> multiWordTerms() {
    return multiWordTerms;
  }

  public static IndexConfiguration load(IndexConfigFiles files, Taxonomy taxonomy) {
    return new Reader(
            new Source(files, taxonomy, new java.util.concurrent.ConcurrentHashMap<>()), Map.of())
        .read();
  }

  /**
   * This configuration with the editors' vocabulary: the query side of every analyzer whose synonym
   * filter names {@link #VOCABULARY} is built again with the given rules (Solr synonym format, by
   * analyzer name), from the files as they were read at start-up; the index side, and so the
   * fingerprint, stay as they are.
   *
   * @throws InvalidIndexConfiguration when a rule cannot be read
   */
  public IndexConfiguration withVocabulary(Map<String, String> rulesByAnalyzer) {
    return new Reader(source, rulesByAnalyzer).readVocabulary(this);
  }

  /** Where a configuration was read from: its files as read then, and the taxonomy. */
  private record Source(IndexConfigFiles files, Taxonomy taxonomy, Map<String, byte[]> snapshot) {}

  public Map<String, AnalyzerPair> analyzers() {
    return analyzers;
  }

  /** The analyzers that read natural language (not names or single words). */
  public Set<String> languageAnalyzers() {
    return languageAnalyzers;
  }

  /** The analyzer for text in a language, or empty when the language has none. */
  public java.util.Optional<String> analyzerFor(String language) {
    return java.util.Optional.ofNullable(language).map(languages::get);
  }

  public float boost(TextField field) {
    return boosts.get(field);
  }

  public QuerySettings query() {
    return query;
  }

  public List<FacetDefinition> facets() {
    return facets;
  }

  public Ranking ranking() {
    return ranking;
  }

  /**
   * Changes whenever a file that shapes the index changes; stored with the index, so a changed
   * configuration is noticed at start-up and the index rebuilt.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** Reads and checks one configuration; keeps track of the files it read for the fingerprint. */
  private static final class Reader {
    private final Source source;
    private final Map<String, String> vocabulary;
    private final List<String> read = new ArrayList<>();
    private final String location;

    Reader(Source source, Map<String, String> vocabulary) {
      this.source = source;
      this.vocabulary = vocabulary;
      this.location = source.files().location(FILE);
    }

    IndexConfiguration read() {
      JsonObject root = parse();
      read.add(Taxonomy.FILE);
      JsonObject analyzerSpecs = object(root, "analyzers", "");
      var analyzers = analyzers(analyzerSpecs);
      for (String required : List.of(NAMES_ANALYZER, WORDS_ANALYZER)) {
        if (!analyzers.containsKey(required)) {
          throw fail("analyzers", "an analyzer named '" + required + "' is required");
        }
      }
      var languages = languages(object(root, "languages", ""), analyzers.keySet());
      var boosts = boosts(object(root, "fields", ""));
      var query = querySettings(object(root, "query", ""));
      var ranking = ranking(object(root, "ranking", ""));
      var facets = facets(array(root, "facets", ""));
      return new IndexConfiguration(
          Map.copyOf(analyzers),
          Map.copyOf(languages),
          Map.copyOf(boosts),
          query,
          ranking,
          List.copyOf(facets),
          source.files().fingerprint(read),
          multiWordTerms(analyzerSpecs),
          source);
    }

    /** {@link IndexConfiguration#withVocabulary}: only the query sides that read the vocabulary. */
    IndexConfiguration readVocabulary(IndexConfiguration current) {
      JsonObject analyzerSpecs = object(parse(), "analyzers", "");
      Map<String, AnalyzerPair> analyzers = new LinkedHashMap<>(current.analyzers);
      for (var file : synonymFiles(analyzerSpecs)) {
        if (file.name().equals(VOCABULARY)) {
          String path = "analyzers." + file.analyzer();
          Analyzer query =
              analyzer(
                  file.analyzer(),
                  object(analyzerSpecs, file.analyzer(), "analyzers."),
                  path,
                  "query");
          analyzers.put(
              file.analyzer(), new AnalyzerPair(analyzers.get(file.analyzer()).index(), query));
        }
      }
      return new IndexConfiguration(
          Map.copyOf(analyzers),
          current.languages,
          current.boosts,
          current.query,
          current.ranking,
          current.facets,
          current.fingerprint,
          multiWordTerms(analyzerSpecs),
          source);
    }

    /** A file one analyzer's synonym filter reads. */
    private record SynonymFile(String analyzer, String name) {}

    private List<SynonymFile> synonymFiles(JsonObject analyzerSpecs) {
      List<SynonymFile> found = new ArrayList<>();
      for (String analyzer : keys(analyzerSpecs)) {
        if (!(analyzerSpecs.get(analyzer) instanceof JsonObject spec)
            || !(spec.get("filters") instanceof JsonArray filters)) {
          continue;
        }
        for (JsonValue value : filters) {
          if (value instanceof JsonObject filter
              && filter.getString("name", "").startsWith("synonym")
              && filter.get("params") instanceof JsonObject params) {
            for (String name : params.getString("synonyms", "").split(",")) {
              if (!name.isBlank()) {
                found.add(new SynonymFile(analyzer, name.trim()));
              }
            }
          }
        }
      }
      return found;
    }

    /** The multi-word entries of the synonym files and vocabulary the analyzers read. */
    private List<List<String>> multiWordTerms(JsonObject analyzerSpecs) {
      Set<List<String>> terms = new java.util.HashSet<>();
      for (SynonymFile file : synonymFiles(analyzerSpecs)) {
        String text;
        try {
          text =
              new String(
                  bytes(file.analyzer(), file.name()), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
          continue; // the analyzer has reported it already
        }
        for (String line : text.split("\n")) {
          if (line.startsWith("#")) {
            continue;
          }
          for (String entry : line.split(",|=>")) {
            List<String> words = new ArrayList<>();
            for (String word : entry.trim().split("\\s+")) {
              String clean = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
              if (!clean.isEmpty()) {
                words.add(clean.toLowerCase(java.util.Locale.ROOT));
              }
            }
            if (words.size() > 1) {
              terms.add(List.copyOf(words));
            }
          }
        }
      }
      List<List<String>> sorted = new ArrayList<>(terms);
      sorted.sort(java.util.Comparator.comparingInt((List<String> t) -> t.size()).reversed());
      return List.copyOf(sorted);
    }

    /**
     * A file's content as first read (so a configuration built again later reads what the index was
     * built with), or the vocabulary's rules for the analyzer.
     */
    private byte[] bytes(String analyzer, String name) throws IOException {
      if (name.equals(VOCABULARY)) {
        return vocabulary
            .getOrDefault(analyzer, "")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      byte[] known = source.snapshot().get(name);
      if (known == null) {
        try (InputStream in = source.files().open(name)) {
          known = in.readAllBytes();
        }
        source.snapshot().put(name, known);
      }
      if (!read.contains(name)) {
        read.add(name);
      }
      return known;
    }

    private JsonObject parse() {
      try (var parser = Json.createReader(new ByteArrayInputStream(bytes(null, FILE)))) {
        return parser.readObject();
      } catch (JsonParsingException e) {
        throw new InvalidIndexConfiguration(location, "", "not valid JSON: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new InvalidIndexConfiguration(location, "", "cannot be read: " + e.getMessage(), e);
      } catch (jakarta.json.JsonException | ClassCastException e) {
        throw new InvalidIndexConfiguration(
            location, "", "must be a JSON object: " + e.getMessage(), e);
      }
    }

    private Map<String, AnalyzerPair> analyzers(JsonObject section) {
      Map<String, AnalyzerPair> result = new LinkedHashMap<>();
      for (String name : keys(section)) {
        String path = "analyzers." + name;
        JsonObject spec = object(section, name, "analyzers.");
        result.put(
            name,
            new AnalyzerPair(
                analyzer(name, spec, path, "index"), analyzer(name, spec, path, "query")));
      }
      return result;
    }

    /** Builds the chain for one side; filters marked for the other side are left out. */
    private Analyzer analyzer(String name, JsonObject spec, String path, String side) {
      var loader = new ConfigResourceLoader(name);
      try {
        var builder = CustomAnalyzer.builder(loader);
        JsonObject tokenizer = object(spec, "tokenizer", path + ".");
        builder.withTokenizer(
            string(tokenizer, "name", path + ".tokenizer."),
            params(tokenizer, path + ".tokenizer"));
        JsonArray filters = array(spec, "filters", path + ".");
        for (int i = 0; i < filters.size(); i++) {
          String at = path + ".filters[" + i + "]";
          if (!(filters.get(i) instanceof JsonObject filter)) {
            throw fail(at, "must be an object with a \"name\"");
          }
          String only = filter.containsKey("at") ? string(filter, "at", at + ".") : "both";
          if (!Set.of("both", "index", "query").contains(only)) {
            throw fail(at + ".at", "must be \"index\" or \"query\", not \"" + only + "\"");
          }
          if (only.equals("both") || only.equals(side)) {
            String filterName = string(filter, "name", at + ".");
            try {
              // a factory of Lucene's is named by its SPI name, one of ours by its class name
              if (filterName.contains(".")) {
                builder.addTokenFilter(
                    loader.findClass(filterName, TokenFilterFactory.class), params(filter, at));
              } else {
                builder.addTokenFilter(filterName, params(filter, at));
              }
            } catch (IllegalArgumentException | IOException e) {
              throw fail(at + " (" + filterName + ")", problem(e), e);
            }
          }
        }
        return builder.build();
      } catch (IllegalArgumentException | IOException e) {
        throw fail(path, problem(e), e);
      }
    }

    private static String problem(Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return e instanceof java.nio.file.NoSuchFileException
          ? "file not found: " + message
          : message;
    }

    private Map<String, String> params(JsonObject spec, String path) {
      Map<String, String> params = new LinkedHashMap<>();
      if (spec.containsKey("params")) {
        JsonObject object = object(spec, "params", path + ".");
        for (String key : object.keySet()) {
          params.put(key, scalar(object.get(key), path + ".params." + key));
        }
      }
      return params;
    }

    private Map<String, String> languages(JsonObject section, Set<String> analyzerNames) {
      Map<String, String> result = new LinkedHashMap<>();
      for (String language : keys(section)) {
        String analyzer = string(section, language, "languages.");
        if (!analyzerNames.contains(analyzer)) {
          throw fail(
              "languages." + language,
              "no analyzer named '" + analyzer + "' (defined: " + analyzerNames + ")");
        }
        if (analyzer.equals(NAMES_ANALYZER) || analyzer.equals(WORDS_ANALYZER)) {
          throw fail("languages." + language, "'" + analyzer + "' is not a language analyzer");
        }
        result.put(language, analyzer);
      }
      if (result.isEmpty()) {
        throw fail("languages", "at least one language is needed");
      }
      return result;
    }

    private Map<TextField, Float> boosts(JsonObject section) {
      Map<TextField, Float> result = new java.util.EnumMap<>(TextField.class);
      for (String key : keys(section)) {
        TextField field =
            TextField.fromKey(key)
                .orElseThrow(
                    () ->
                        fail("fields." + key, "unknown field; the fields are " + TextField.keys()));
        result.put(field, positive(section, key, "fields."));
      }
      for (TextField field : TextField.values()) {
        if (!result.containsKey(field)) {
          throw fail("fields", "the boost of '" + field.key() + "' is missing");
        }
      }
      return result;
    }

    private QuerySettings querySettings(JsonObject section) {
      JsonObject given = object(section, "notices", "query.");
      Map<QueryNotice, Map<String, String>> notices = new java.util.EnumMap<>(QueryNotice.class);
      for (QueryNotice notice : QueryNotice.values()) {
        String at = "query.notices." + notice.key();
        JsonObject byLanguage = object(given, notice.key(), "query.notices.");
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : byLanguage.keySet()) {
          texts.put(language, string(byLanguage, language, at + "."));
        }
        if (!texts.containsKey("nb")) {
          throw fail(at, "needs a text in Bokmål (nb)");
        }
        notices.put(notice, Map.copyOf(texts));
      }
      return new QuerySettings(
          (int) positive(section, "maxLength", "query."),
          (int) positive(section, "maxTerms", "query."),
          (int) positive(section, "maxExpandedWords", "query."),
          (int) positive(section, "maxPhraseSlop", "query."),
          (int) positive(section, "timeBudgetMillis", "query."),
          java.util.Collections.unmodifiableMap(notices),
          (int) positive(section, "snippetLength", "query."),
          (int) positive(section, "suggestions", "query."),
          (int) positive(section, "related", "query."));
    }

    private Ranking ranking(JsonObject section) {
      float b = number(section, "b", "ranking.");
      if (b < 0 || b > 1) {
        throw fail("ranking.b", "must be from 0 to 1");
      }
      float proximity = number(section, "proximityBoost", "ranking.");
      if (proximity < 0) {
        throw fail("ranking.proximityBoost", "must be 0 (off) or more");
      }
      return new Ranking(
          positive(section, "k1", "ranking."),
          b,
          proximity,
          (int) positive(section, "proximitySlop", "ranking."),
          Math.max(0, number(section, "feedbackWeight", "ranking.")),
          (int) positive(section, "feedbackMinWords", "ranking."),
          (int) positive(section, "feedbackDocuments", "ranking."),
          (int) positive(section, "feedbackWords", "ranking."),
          (int) positive(section, "rescoreWindow", "ranking."));
    }

    private List<FacetDefinition> facets(JsonArray array) {
      List<FacetDefinition> result = new ArrayList<>();
      Set<FacetName> seen = new java.util.HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String at = "facets[" + i + "]";
        if (!(array.get(i) instanceof JsonObject facet)) {
          throw fail(at, "must be an object with a \"name\"");
        }
        String key = string(facet, "name", at + ".");
        FacetName name =
            FacetName.fromKey(key)
                .orElseThrow(
                    () ->
                        fail(
                            at + ".name",
                            "unknown facet '" + key + "'; the facets are " + FacetName.keys()));
        if (!seen.add(name)) {
          throw fail(at + ".name", "facet '" + key + "' is defined twice");
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        if (facet.containsKey("taxonomy")) {
          String scheme = string(facet, "taxonomy", at + ".");
          TaxonomyScheme taxonomyScheme =
              java.util.Arrays.stream(TaxonomyScheme.values())
                  .filter(s -> s.field().equals(scheme))
                  .findFirst()
                  .orElseThrow(
                      () -> fail(at + ".taxonomy", "no taxonomy scheme named '" + scheme + "'"));
          source.taxonomy().definition().scheme(taxonomyScheme).stream()
              .flatMap(TaxonomyTerm::selfAndDescendants)
              .forEach(term -> labels.put(term.key(), term.labels()));
        }
        if (facet.containsKey("valueList")) {
          // one value list, or several whose keys together are the facet's values
          List<String> lists =
              facet.get("valueList") instanceof jakarta.json.JsonArray several
                  ? several.getValuesAs(jakarta.json.JsonString::getString)
                  : List.of(string(facet, "valueList", at + "."));
          for (String list : lists) {
            if (!source.taxonomy().definition().valueLists().containsKey(list)) {
              throw fail(
                  at + ".valueList", "no value list named '" + list + "' in " + Taxonomy.FILE);
            }
            source
                .taxonomy()
                .valueList(list)
                .forEach(term -> labels.put(term.key(), term.labels()));
          }
        }
        if (facet.containsKey("labels")) {
          JsonObject given = object(facet, "labels", at + ".");
          for (String value : given.keySet()) {
            JsonObject byLanguage = object(given, value, at + ".labels.");
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : byLanguage.keySet()) {
              texts.put(language, string(byLanguage, language, at + ".labels." + value + "."));
            }
            labels.put(value, Map.copyOf(texts));
          }
        }
        result.add(new FacetDefinition(name, java.util.Collections.unmodifiableMap(labels)));
      }
      return result;
    }

    private static List<String> keys(JsonObject object) {
      return object.keySet().stream().filter(k -> !k.startsWith("_")).toList();
    }

    private JsonObject object(JsonObject parent, String key, String path) {
      JsonValue value = require(parent, key, path);
      if (!(value instanceof JsonObject object)) {
        throw fail(path + key, "must be an object");
      }
      return object;
    }

    private JsonArray array(JsonObject parent, String key, String path) {
      JsonValue value = require(parent, key, path);
      if (!(value instanceof JsonArray array)) {
        throw fail(path + key, "must be an array");
      }
      return array;
    }

    private String string(JsonObject parent, String key, String path) {
      JsonValue value = require(parent, key, path);
      if (!(value instanceof JsonString string) || string.getString().isBlank()) {
        throw fail(path + key, "must be a non-empty string");
      }
      return string.getString();
    }

    private float positive(JsonObject parent, String key, String path) {
      JsonValue value = require(parent, key, path);
      if (!(value instanceof JsonNumber number) || number.doubleValue() <= 0) {
        throw fail(path + key, "must be a number above 0");
      }
      return (float) number.doubleValue();
    }

    private float number(JsonObject parent, String key, String path) {
      JsonValue value = require(parent, key, path);
      if (!(value instanceof JsonNumber number)) {
        throw fail(path + key, "must be a number");
      }
      return (float) number.doubleValue();
    }

    private String scalar(JsonValue value, String path) {
      return switch (value) {
        case JsonString s -> s.getString();
        case JsonNumber n -> n.toString();
        default -> {
          if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            yield value.toString();
          }
          throw fail(path, "must be a string, number or boolean");
        }
      };
    }

    private JsonValue require(JsonObject parent, String key, String path) {
      JsonValue value = parent.get(key);
      if (value == null || value == JsonValue.NULL) {
        throw fail(path + key, "is missing");
      }
      return value;
    }

    private InvalidIndexConfiguration fail(String path, String problem) {
      return new InvalidIndexConfiguration(location, path, problem);
    }

    private InvalidIndexConfiguration fail(String path, String problem, Throwable cause) {
      return new InvalidIndexConfiguration(location, path, problem, cause);
    }

    /**
     * Lets one analyzer's factories read word lists from index-config/ (noted for the fingerprint)
     * and the editors' vocabulary for its languages.
     */
    private final class ConfigResourceLoader implements ResourceLoader {
      private final String analyzer;

      ConfigResourceLoader(String analyzer) {
        this.analyzer = analyzer;
      }

      @Override
      public InputStream openResource(String resource) throws IOException {
        return new ByteArrayInputStream(bytes(analyzer, resource));
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        try {
          return Class.forName(cname, true, IndexConfiguration.class.getClassLoader())
              .asSubclass(expectedType);
        } catch (ClassNotFoundException | ClassCastException e) {
          throw new IllegalArgumentException(
              "no class " + cname + " of type " + expectedType.getSimpleName(), e);
        }
      }
    }
  }
}
