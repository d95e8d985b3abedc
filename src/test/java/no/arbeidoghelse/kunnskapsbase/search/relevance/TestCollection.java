package no.arbeidoghelse.kunnskapsbase.search.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A standard test collection from {@code ../shared/corpora}: documents, queries and which documents
 * are relevant to each query. Both collections are in SMART format ({@code .I id}, then fields such
 * as {@code .T} title, {@code .W} text, {@code .K} keywords, {@code .A} authors).
 */
record TestCollection(
    String name,
    Map<String, Document> documents,
    Map<String, String> queries,
    Map<String, Set<String>> relevant) {

  static final Path CORPORA = Path.of("..", "shared", "corpora");

  /** One document: what the application stores as a publication, and plain BM25 reads as one. */
  record Document(String title, String text, List<String> keywords, List<String> authors) {
    String all() {
      return String.join(" ", title, text, String.join(" ", keywords), String.join(" ", authors));
    }
  }

  /** MEDLINE: 1033 abstracts (the first sentence is the title), 30 queries of 5–30 words. */
  static TestCollection med() throws IOException {
    Path directory = CORPORA.resolve("ir-med");
    Map<String, Document> documents = new LinkedHashMap<>();
    smart(directory.resolve("MED.ALL"))
        .forEach(
            (id, fields) -> {
              String text = flat(fields.get("W"));
              int end = text.indexOf(" . ");
              String title = end > 0 ? text.substring(0, end) : text;
              title = title.length() > 480 ? title.substring(0, 480) : title;
              documents.put(
                  id,
                  new Document(
                      title, text.substring(title.length()).strip(), List.of(), List.of()));
            });
    Map<String, String> queries = new LinkedHashMap<>();
    smart(directory.resolve("MED.QRY"))
        .forEach((id, fields) -> queries.put(id, flat(fields.get("W"))));
    return new TestCollection(
        "MED", documents, queries, judgments(directory.resolve("MED.REL"), 2, 3));
  }

  /**
   * CACM: 3204 articles of the Communications of the ACM (titles, most with an abstract, some with
   * keywords), 64 queries of which 52 have judgments; many are long questions.
   */
  static TestCollection cacm() throws IOException {
    Path directory = CORPORA.resolve("ir-cacm");
    Map<String, Document> documents = new LinkedHashMap<>();
    smart(directory.resolve("cacm.all"))
        .forEach(
            (id, fields) -> {
              String title = flat(fields.get("T"));
              String text = flat(fields.get("W"));
              // one article has no title: its abstract's first words stand in (records need one)
              if (title.isEmpty()) {
                title = text.substring(0, text.indexOf(' ', 60));
                text = text.substring(title.length()).strip();
              }
              documents.put(
                  id,
                  new Document(
                      title, text, list(fields.get("K"), ","), list(fields.get("A"), "\n")));
            });
    Map<String, String> queries = new LinkedHashMap<>();
    smart(directory.resolve("query.text"))
        .forEach((id, fields) -> queries.put(id, flat(fields.get("W"))));
    return new TestCollection(
        "CACM", documents, queries, judgments(directory.resolve("qrels.text"), 1, -1));
  }

  /** Judgment lines {@code query ... document ... [grade]}: ids without leading zeros. */
  private static Map<String, Set<String>> judgments(Path file, int documentColumn, int gradeColumn)
      throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length > Math.max(documentColumn, gradeColumn)
          && (gradeColumn < 0 || !parts[gradeColumn].equals("0"))) {
        relevant
            .computeIfAbsent(String.valueOf(Integer.parseInt(parts[0])), k -> new HashSet<>())
            .add(String.valueOf(Integer.parseInt(parts[documentColumn])));
      }
    }
    return relevant;
  }

  private static List<String> list(String text, String separator) {
    List<String> values = new ArrayList<>();
    if (text != null) {
      for (String value : text.split(separator)) {
        String clean = value.replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty() && clean.length() <= 60 && values.size() < 10) {
          values.add(clean);
        }
      }
    }
    return values;
  }

  /** Entries by id, each a map of field letter to its lines (joined by line breaks). */
  private static Map<String, Map<String, String>> smart(Path file) throws IOException {
    Map<String, Map<String, StringBuilder>> entries = new LinkedHashMap<>();
    StringBuilder current = null;
    Map<String, StringBuilder> fields = null;
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      if (line.startsWith(".I ")) {
        fields = new LinkedHashMap<>();
        entries.put(String.valueOf(Integer.parseInt(line.substring(3).trim())), fields);
        current = null;
      } else if (line.length() == 2 && line.charAt(0) == '.' && fields != null) {
        current = fields.computeIfAbsent(line.substring(1), k -> new StringBuilder());
      } else if (current != null) {
        current.append(line.strip()).append('\n');
      }
    }
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    entries.forEach(
        (id, entry) -> {
          Map<String, String> text = new LinkedHashMap<>();
          entry.forEach((letter, lines) -> text.put(letter, lines.toString().strip()));
          texts.put(id, text);
        });
    return texts;
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
