package no.arbeidoghelse.kunnskapsbase.vocabulary.boundary;

import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyEntry;

/**
 * A vocabulary entry as JSON: terms that mean the same in one language. The fields the server sets
 * are ignored when sent, so what GET answers can be changed and sent back with PUT.
 */
public record VocabularyEntryJson(
    String id,
    String language,
    List<String> terms,
    String note,
    String owner,
    Instant createdAt,
    Instant updatedAt,
    Long version,
    String url) {

  static VocabularyEntryJson of(VocabularyEntry entry) {
    return new VocabularyEntryJson(
        entry.id(),
        entry.language(),
        entry.terms(),
        entry.note(),
        entry.owner(),
        entry.createdAt(),
        entry.updatedAt(),
        entry.version(),
        "/api/v1/vocabulary/" + entry.id());
  }
}
