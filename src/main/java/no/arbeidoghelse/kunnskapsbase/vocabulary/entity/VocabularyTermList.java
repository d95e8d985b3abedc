package no.arbeidoghelse.kunnskapsbase.vocabulary.entity;

import java.util.List;

/** How a list of terms is stored in one column: one term per line (a term holds no line break). */
final class VocabularyTermList {

  private VocabularyTermList() {}

  static String join(List<String> terms) {
    return terms == null ? null : String.join("\n", terms);
  }

  static List<String> split(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
  }
}
