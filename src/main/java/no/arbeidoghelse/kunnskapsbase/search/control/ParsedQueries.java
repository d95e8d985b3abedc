package no.arbeidoghelse.kunnskapsbase.search.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;

/**
 * Queries parsed from people's text, kept for the next search of the same text (at most {@link
 * #MAX_QUERIES}; all are forgotten when full). Parsing runs every word through the analyzers,
 * compound splitting and synonyms included, in two forms, which took a sixteenth of a search;
 * people search the same words again and again. A parsed query depends only on the text and the
 * index configuration, and Lucene queries never change, so one may serve many searches at once.
 */
final class ParsedQueries {

  private static final int MAX_QUERIES = 5_000;

  /** What a query was parsed for, and from which text. */
  enum Form {
    FINDING,
    RANKING,
    PROXIMITY
  }

  private record Key(Form form, String text) {}

  private final Map<Key, Query> queries = new ConcurrentHashMap<>();

  /** The query parsed in this form from this text; {@code parse} may answer null (nothing). */
  Query get(Form form, String text, Supplier<Query> parse) {
    var key = new Key(form, text);
    Query query = queries.get(key);
    if (query == null) {
      query = parse.get();
      if (query != null) {
        if (queries.size() >= MAX_QUERIES) {
          queries.clear();
        }
        queries.put(key, query);
      }
    }
    return query;
  }
}
