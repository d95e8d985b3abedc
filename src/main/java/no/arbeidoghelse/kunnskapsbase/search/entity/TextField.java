package no.arbeidoghelse.kunnskapsbase.search.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The searched text of a record, each part with its own boost in {@code search.json}. */
public enum TextField {
  /** The title (and its English translation). */
  TITLE("title"),
  KEYWORDS("keywords"),
  /** The summary. */
  SUMMARY("summary"),
  /**
   * Longer descriptive fields: a publication's abstract, a project's design and target group, a
   * report's results and lessons. Weighted below the summary: the abstract weighted as a summary
   * costs MAP on MED (0.5505 → 0.5045).
   */
  DETAILS("details"),
  /** The extracted text of the record's documents. */
  DOCUMENTS("documents"),
  /** People, authors, organisations, providers, funders and venues; read as names. */
  NAMES("names");

  /** The parts that describe a record, indexed also as one text (scored together, BM25F). */
  public static final List<TextField> DESCRIPTIVE = List.of(TITLE, KEYWORDS, SUMMARY, DETAILS);

  private final String key;

  TextField(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The index field holding this text as read by an analyzer. */
  public String field(String analyzer) {
    return key + "." + analyzer;
  }

  public static Optional<TextField> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(TextField::key).toList();
  }
}
