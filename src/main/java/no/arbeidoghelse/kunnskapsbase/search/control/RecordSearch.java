package no.arbeidoghelse.kunnskapsbase.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.FacetValue;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.Hit;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.Result;
import no.arbeidoghelse.kunnskapsbase.search.facet.FacetCounter;
import no.arbeidoghelse.kunnskapsbase.search.hits.Hits;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.query.ParsedQueries;
import no.arbeidoghelse.kunnskapsbase.search.query.QueryExpansion;
import no.arbeidoghelse.kunnskapsbase.search.query.QueryText;
import no.arbeidoghelse.kunnskapsbase.search.query.RecordQueryParser;
import no.arbeidoghelse.kunnskapsbase.search.query.TermSelection;
import no.arbeidoghelse.kunnskapsbase.search.query.Visibility;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration.FacetDefinition;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration.QueryNotice;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Answers searches from the index: the person's text in any form, facet filters with drill-sideways
 * counts, the caller's rights, order, paging, snippets and spelling suggestions.
 */
public final class RecordSearch {

  /** Deepest result reachable by paging; deeper pages are refused rather than slow. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  private final SearchIndex index;
  private final IndexSchema schema;
  private final Hits hits;

  private final Supplier<QueryTimeout> timeBudget;

  public RecordSearch(SearchIndex index, IndexSchema schema) {
    this(
        index,
        schema,
        () -> new QueryTimeoutImpl(schema.configuration().query().timeBudgetMillis()));
  }

  /** With the given time budget of each search (tests run out of time at will). */
  RecordSearch(SearchIndex index, IndexSchema schema, Supplier<QueryTimeout> timeBudget) {
    this.index = index;
    this.schema = schema;
    this.hits = new Hits(schema);
    this.timeBudget = timeBudget;
  }

  public Result search(SearchRequest request, Caller caller) throws IOException {
    SearchIndex.Snapshot snapshot = index.acquire();
    try {
      IndexSearcher searcher = withTimeBudget(snapshot.searcher());
      if (searcher.getIndexReader().numDocs() == 0) {
        return new Result(0, List.of(), facets(Map.of(), request), null, null);
      }
      var visible = new Visibility(caller, searcher.getIndexReader());
      var text = queryText(request.text(), searcher.getIndexReader());
      // The text to find records fast; ranking by relevance reads it a second way (BM25F), which
      // matches the same records.
      var parsed = parsed(text.query(), false);
      Query finding = parsed.query();
      Query typed = finding;
      int topN = request.page() * request.size();
      Sort sort = sort(request.sort());
      ScoreDoc[] top;
      if (sort == null && request.hasText()) {
        Query words = textQuery(text.query(), true);
        Query ranking = withProximity(text.query(), words);
        var feedback = new QueryExpansion(schema);
        if (feedback.applies(QueryText.words(request.text()).size())) {
          ScoreDoc[] first =
              rank(
                  searcher,
                  visible.of(finding),
                  ranking,
                  schema.configuration().ranking().feedbackDocuments());
          var expansion = feedback.expansion(searcher, words, first);
          if (expansion.isPresent()) {
            ranking = withOptional(ranking, expansion.get());
            finding = withOptional(finding, expansion.get());
          }
        }
        top = rank(searcher, filtered(finding, request, visible), ranking, topN);
      } else {
        Query filtered = filtered(finding, request, visible);
        top =
            (sort == null
                    ? searcher.search(filtered, new TopScoreDocCollectorManager(topN, topN))
                    : searcher.search(filtered, new TopFieldCollectorManager(sort, topN, topN)))
                .scoreDocs;
      }
      // The total and the drill-sideways facet counts, in one pass without scores.
      var counted =
          searcher.search(
              new ConstantScoreQuery(sideways(finding, request, visible)),
              new FacetCounter(index.facetDocSets(), request.selected()));
      long total = counted.total();
      List<Hit> page = hits.read(searcher, pageOf(top, request), request.hasText() ? typed : null);
      String didYouMean = null;
      if (request.hasText() && !searcher.timedOut()) {
        didYouMean = didYouMean(searcher, request, visible, total);
      }
      var counts = facets(counted.values(), request);
      return new Result(total, page, counts, didYouMean, notice(searcher, text, parsed, request));
    } finally {
      index.release(snapshot);
    }
  }

  /**
   * A searcher of the snapshot's reader for this one search, which stops finding and counting
   * (answering what it found so far) once the search has used its time budget: whatever a query
   * costs, one request cannot hold a processor for long.
   */
  private IndexSearcher withTimeBudget(IndexSearcher shared) {
    var searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    searcher.setTimeout(timeBudget.get());
    return searcher;
  }

  /**
   * The text the search reads, in the parser's syntax: cut at the configured length, and a long
   * query without its least telling words ({@link TermSelection}); with what the searcher is told.
   */
  private record QueryTextRead(String query, List<QueryNotice> notices) {}

  private QueryTextRead queryText(String typed, IndexReader reader) throws IOException {
    var limits = schema.configuration().query();
    List<QueryNotice> notices = new ArrayList<>();
    if (QueryText.isCut(typed, limits.maxLength())) {
      notices.add(QueryNotice.TEXT_CUT);
    }
    var selection =
        TermSelection.of(
            QueryText.plainWords(typed, limits.maxLength()), limits.maxTerms(), schema, reader);
    if (selection.informativeLeftOut()) {
      notices.add(QueryNotice.WORDS_LEFT_OUT);
    }
    return new QueryTextRead(
        QueryText.prepare(
            typed,
            limits.maxLength(),
            selection.leftOut(),
            selection.maxRepeats(),
            schema.configuration().multiWordTerms()),
        notices);
  }

  /** What the searcher is told about limits that changed this search, or null. */
  private String notice(
      IndexSearcher searcher,
      QueryTextRead text,
      ParsedQueries.Parsed parsed,
      SearchRequest request) {
    List<QueryNotice> notices = new ArrayList<>(text.notices());
    if (parsed.expansionsLimited()) {
      notices.add(QueryNotice.EXPANSIONS_LIMITED);
    }
    if (searcher.timedOut()) {
      notices.add(QueryNotice.TIME_BUDGET_EXCEEDED);
    }
    var settings = schema.configuration().query();
    return notices.isEmpty()
        ? null
        : String.join(
            " ", notices.stream().map(n -> settings.notice(n, request.labelLanguage())).toList());
  }

  /**
   * The query for the text alone, over every searched field with its boost.
   *
   * @param text in the parser's syntax ({@link QueryText#prepare})
   * @param fieldsAsOne see {@link RecordQueryParser#RecordQueryParser(IndexSchema, boolean)}
   */
  Query textQuery(String text, boolean fieldsAsOne) {
    return parsed(text, fieldsAsOne).query();
  }

  /** The prepared text parsed, from the cache when it was parsed before. */
  private ParsedQueries.Parsed parsed(String text, boolean fieldsAsOne) {
    if (text == null || text.isBlank()) {
      return new ParsedQueries.Parsed(new MatchAllDocsQuery(), false);
    }
    return index
        .parsedQueries()
        .get(
            fieldsAsOne ? ParsedQueries.Form.RANKING : ParsedQueries.Form.FINDING,
            text,
            schema,
            () -> parse(text, fieldsAsOne));
  }

  private ParsedQueries.Parsed parse(String prepared, boolean fieldsAsOne) {
    var parser = new RecordQueryParser(schema, fieldsAsOne);
    Query parsed;
    try {
      parsed = parser.parse(prepared);
    } catch (IndexSearcher.TooManyClauses e) {
      parsed = null;
    }
    if (parsed == null
        || parsed instanceof MatchNoDocsQuery && !prepared.isBlank() && onlyOperators(prepared)) {
      // Nothing searchable was typed (only operators or punctuation): everything matches.
      parsed = new MatchAllDocsQuery();
    }
    return new ParsedQueries.Parsed(withExclusionsApplied(parsed), parser.expansionsLimited());
  }

  /**
   * The query plus a reward for records where the typed words stand close together; the words query
   * alone decides what matches.
   */
  private Query withProximity(String text, Query words) {
    var ranking = schema.configuration().ranking();
    if (ranking.proximityBoost() <= 0 || words instanceof MatchAllDocsQuery) {
      return words;
    }
    var near =
        index
            .parsedQueries()
            .get(
                ParsedQueries.Form.PROXIMITY,
                text,
                schema,
                () -> {
                  Query pairs =
                      new RecordQueryParser(schema, true).proximity(text, ranking.proximitySlop());
                  return pairs == null ? null : new ParsedQueries.Parsed(pairs, false);
                });
    return near == null
        ? words
        : withOptional(words, new BoostQuery(near.query(), ranking.proximityBoost()));
  }

  private static Query withOptional(Query query, Query optional) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(optional, Occur.SHOULD).build();
  }

  /**
   * The best {@code n} of the records {@code candidates} matches, in two phases: the candidate
   * query (fast: Lucene skips what cannot make the first {@code rescoreWindow}) finds them, the
   * ranking query orders the first {@code rescoreWindow}; the rest follow in the first order.
   */
  private ScoreDoc[] rank(IndexSearcher searcher, Query candidates, Query ranking, int n)
      throws IOException {
    int window = schema.configuration().ranking().rescoreWindow();
    int wanted = Math.max(n, window);
    TopDocs found = searcher.search(candidates, new TopScoreDocCollectorManager(wanted, wanted));
    ScoreDoc[] first = found.scoreDocs;
    int head = Math.min(window, first.length);
    var rescorer =
        new QueryRescorer(ranking) {
          @Override
          protected float combine(float firstScore, boolean matches, float secondScore) {
            return matches ? secondScore : 0f;
          }
        };
    ScoreDoc[] ranked =
        rescorer.rescore(searcher, new TopDocs(found.totalHits, Arrays.copyOf(first, head)), head)
            .scoreDocs;
    ScoreDoc[] result = new ScoreDoc[Math.min(n, first.length)];
    for (int i = 0; i < result.length; i++) {
      result[i] = i < head ? ranked[i] : first[i];
    }
    return result;
  }

  /**
   * The parser reads "a -b" as "a, or anything but b" (each exclusion becomes "all documents except
   * b" in an OR). People mean "a, but not b": exclusions are lifted to the top, and a query of
   * exclusions alone means everything except those.
   */
  static Query withExclusionsApplied(Query parsed) {
    if (!(parsed instanceof BooleanQuery bool)) {
      return parsed;
    }
    var result = new BooleanQuery.Builder();
    boolean positive = false;
    for (var clause : bool.clauses()) {
      if (clause.occur() == Occur.MUST_NOT) {
        result.add(clause);
      } else if (isExclusion(clause.query())) {
        for (var inner : ((BooleanQuery) clause.query()).clauses()) {
          if (inner.occur() == Occur.MUST_NOT) {
            result.add(inner);
          }
        }
      } else {
        result.add(clause);
        positive = true;
      }
    }
    if (!positive) {
      result.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    result.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    return result.build();
  }

  private static boolean isExclusion(Query query) {
    return query instanceof BooleanQuery b
        && b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST_NOT)
        && b.clauses().stream()
            .allMatch(c -> c.occur() == Occur.MUST_NOT || c.query() instanceof MatchAllDocsQuery);
  }

  private static boolean onlyOperators(String text) {
    return text.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The text and the filters that are not facets (rights, years, organisations), plus {@code more}:
   * one flat query, which Lucene scores fastest.
   */
  private Query restricted(
      Query text, SearchRequest request, Visibility visible, List<Query> more) {
    var base = new BooleanQuery.Builder().add(text, Occur.MUST);
    visible.restrict(base);
    if (request.yearFrom() != null || request.yearTo() != null) {
      base.add(
          IntPoint.newRangeQuery(
              IndexSchema.YEAR,
              request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom(),
              request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo()),
          Occur.FILTER);
    }
    if (!request.organisations().isEmpty()) {
      base.add(
          new TermInSetQuery(
              IndexSchema.ORGANISATION,
              request.organisations().stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    more.forEach(filter -> base.add(filter, Occur.FILTER));
    return base.build();
  }

  /** The text's records narrowed by the selected values: values of one facet are OR, facets AND. */
  private Query filtered(Query text, SearchRequest request, Visibility visible) {
    return restricted(text, request, visible, facetFilters(request));
  }

  /**
   * The records that count for drill-sideways facet counts: those of the text that miss at most one
   * facet's selection.
   */
  private Query sideways(Query text, SearchRequest request, Visibility visible) {
    List<Query> filters = facetFilters(request);
    if (filters.size() < 2) {
      return restricted(text, request, visible, List.of());
    }
    var atLeast = new BooleanQuery.Builder().setMinimumNumberShouldMatch(filters.size() - 1);
    filters.forEach(filter -> atLeast.add(filter, Occur.SHOULD));
    return restricted(text, request, visible, List.of(atLeast.build()));
  }

  /** One filter per facet with a selection: any of its selected values. */
  private List<Query> facetFilters(SearchRequest request) {
    List<Query> filters = new ArrayList<>();
    for (FacetName facet : FacetName.values()) {
      Set<String> values = request.selected(facet);
      if (values.isEmpty()) {
        continue;
      }
      String field = schema.facets().getDimConfig(facet.key()).indexFieldName;
      var anyOf = new BooleanQuery.Builder();
      for (String value : values) {
        anyOf.add(new TermQuery(DrillDownQuery.term(field, facet.key(), value)), Occur.SHOULD);
      }
      filters.add(anyOf.build());
    }
    return filters;
  }

  private static Sort sort(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> null;
      case NEWEST ->
          new Sort(
              new SortField(IndexSchema.YEAR_SORT, SortField.Type.INT, true),
              new SortField(IndexSchema.CREATED, SortField.Type.LONG, true));
      case OLDEST ->
          new Sort(
              new SortField(IndexSchema.YEAR_SORT, SortField.Type.INT, false),
              new SortField(IndexSchema.CREATED, SortField.Type.LONG, false));
    };
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] docs, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    if (from >= docs.length) {
      return new ScoreDoc[0];
    }
    return Arrays.copyOfRange(docs, from, Math.min(docs.length, from + request.size()));
  }

  /**
   * The text with each word that no published record contains replaced by the closest word that one
   * does, when that finds at least as many records; otherwise null. (Compound splitting lets a
   * misspelt compound find something through its parts, so "no hits" is not the only sign.)
   */
  private String didYouMean(
      IndexSearcher searcher, SearchRequest request, Visibility visible, long total)
      throws IOException {
    var reader = searcher.getIndexReader();
    String corrected = request.text();
    boolean changed = false;
    for (String word : QueryText.words(request.text())) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() < 3 || lower.codePoints().anyMatch(Character::isDigit)) {
        continue;
      }
      var correction = index.spellingCorrections().of(reader, lower);
      if (correction.isPresent()) {
        corrected = corrected.replace(word, correction.get());
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    var correctedRequest = request.withText(corrected);
    var text = queryText(corrected, searcher.getIndexReader());
    long better =
        searcher.count(filtered(textQuery(text.query(), false), correctedRequest, visible));
    return better > 0 && better >= total ? corrected : null;
  }

  /** Every configured facet with its values, in the configured order. */
  private Map<FacetName, List<FacetValue>> facets(
      Map<FacetName, Map<String, Long>> counts, SearchRequest request) {
    Map<FacetName, List<FacetValue>> result = new LinkedHashMap<>();
    for (FacetDefinition definition : schema.configuration().facets()) {
      result.put(
          definition.name(),
          values(definition, counts.getOrDefault(definition.name(), Map.of()), request));
    }
    return result;
  }

  /**
   * The values of a facet that have records or are selected: in the configured order (taxonomy
   * order) when the facet has labels, newest first for years.
   */
  private static List<FacetValue> values(
      FacetDefinition definition, Map<String, Long> counts, SearchRequest request) {
    Set<String> selected = request.selected(definition.name());
    List<String> keys = new ArrayList<>();
    if (definition.labels().isEmpty()) {
      keys.addAll(counts.keySet());
      selected.stream().filter(k -> !keys.contains(k)).forEach(keys::add);
      keys.sort(java.util.Comparator.reverseOrder());
    } else {
      keys.addAll(definition.labels().keySet());
      counts.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
    }
    List<FacetValue> values = new ArrayList<>();
    for (String key : keys) {
      long count = counts.getOrDefault(key, 0L);
      boolean isSelected = selected.contains(key);
      if (count > 0 || isSelected) {
        values.add(
            new FacetValue(key, definition.label(key, request.labelLanguage()), count, isSelected));
      }
    }
    return values;
  }
}
