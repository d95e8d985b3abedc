package no.arbeidoghelse.kunnskapsbase.vocabulary.boundary;

import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyChange;

/** One change of a vocabulary entry: the terms before and after, who and when. */
public record VocabularyChangeJson(
    long id,
    String entryId,
    String action,
    String actor,
    Instant at,
    String language,
    List<String> terms,
    List<String> previousTerms,
    String note) {

  static VocabularyChangeJson of(VocabularyChange change) {
    return new VocabularyChangeJson(
        change.id(),
        change.entryId(),
        change.action(),
        change.actor(),
        change.changedAt(),
        change.language(),
        change.terms(),
        change.previousTerms(),
        change.note());
  }
}
