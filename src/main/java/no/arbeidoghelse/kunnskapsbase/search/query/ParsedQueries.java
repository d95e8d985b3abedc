package no.arbeidoghelse.kunnskapsbase.search.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.search.Query;

/**
 * Queries parsed from people's text, kept for the next search of the same text (at most {@link
 * #MAX_QUERIES}; all are forgotten when full). Parsing runs every word through the analyzers,
 * compound splitting and synonyms included, in two forms, which took a sixteenth of a search;
 * people search the same words again and again. A parsed query depends only on the text and the
 * schema it was read with (which changes with the editors' vocabulary), and Lucene queries never
 * change, so one may serve many searches at once.
 */
public final class ParsedQueries {

  private static final int MAX_QUERIES = 5_000;

  /** What a query was parsed for, and from which text. */
  public enum Form {
    FINDING,
    RANKING,
    PROXIMITY
  }

  private record Key(Form form, String text, IndexSchema schema) {}

  /**
   * A parsed query, and whether the parser searched some words as typed rather than expand them
   * (see {@link RecordQueryParser#expansionsLimited()}).
   */
  public record Parsed(Query query, boolean expansionsLimited) {}

  private final Map<Key, Parsed> queries = new ConcurrentHashMap<>();

  /** Kept for a text that parsed to nothing (a one-word text has no pairs of words, say). */
  private static final Parsed NOTHING = new Parsed(null, false);

  /**
   * The query parsed in this form from this text with this schema; {@code parse} may answer null
   * (nothing).
   */
  public Parsed get(Form form, String text, IndexSchema schema, Supplier<Parsed> parse) {
    var key = new Key(form, text, schema);
    Parsed parsed = queries.get(key);
    if (parsed == null) {
      parsed = parse.get();
      if (queries.size() >= MAX_QUERIES) {
        queries.clear();
      }
      queries.put(key, parsed == null ? NOTHING : parsed);
    }
    return parsed == NOTHING ? null : parsed;
  }

  /** Forgets every query: those read with an earlier schema will not be asked for again. */
  public void clear() {
    queries.clear();
  }
}
