package no.arbeidoghelse.kunnskapsbase.search.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The MEDLINE test collection in {@code ../shared/corpora/ir-med}: 1033 abstracts, 30 queries and
 * which abstracts are relevant to each query (SMART format: {@code .I id}, {@code .W text}).
 */
record MedCollection(
    Map<String, String> documents, Map<String, String> queries, Map<String, Set<String>> relevant) {

  static final Path DIRECTORY = Path.of("..", "shared", "corpora", "ir-med");

  static MedCollection read() throws IOException {
    Map<String, String> queries = smart(DIRECTORY.resolve("MED.QRY"));
    // the query file numbers queries 1..30 in order; judgments use the same numbers
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(DIRECTORY.resolve("MED.REL"), StandardCharsets.UTF_8)) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 4 && !parts[3].equals("0")) {
        relevant.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[2]);
      }
    }
    return new MedCollection(smart(DIRECTORY.resolve("MED.ALL")), queries, relevant);
  }

  private static Map<String, String> smart(Path file) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    String id = null;
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      if (line.startsWith(".I ")) {
        if (id != null) {
          entries.put(id, text.toString().trim());
        }
        id = line.substring(3).trim();
        text.setLength(0);
      } else if (!line.startsWith(".W")) {
        text.append(line.trim()).append(' ');
      }
    }
    if (id != null) {
      entries.put(id, text.toString().trim());
    }
    return entries;
  }

  /** The first sentence of an abstract, which in this collection is its title. */
  static String title(String text) {
    int end = text.indexOf(" . ");
    String title = end > 0 ? text.substring(0, end) : text;
    return title.length() > 480 ? title.substring(0, 480) : title;
  }
}
