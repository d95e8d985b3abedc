package no.arbeidoghelse.kunnskapsbase.vocabulary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * Terms that mean the same to a searcher, in one language: "ARR" and "arbeidsrettet
 * rehabilitering", "sykmelding" and "sykemelding". A query for any of them finds records with any.
 */
@Entity
@Table(name = "vocabulary_entry")
public class VocabularyEntry extends TrackedEntity {

  @Column(nullable = false, length = 10)
  private String language;

  /** The terms, one per line, as the editor wrote them. */
  @Column(nullable = false, length = 2100)
  private String terms;

  @Column(length = 1000)
  private String note;

  protected VocabularyEntry() {}

  public VocabularyEntry(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public void set(String language, List<String> terms, String note) {
    this.language = language;
    this.terms = VocabularyTermList.join(terms);
    this.note = note;
  }

  public String language() {
    return language;
  }

  public List<String> terms() {
    return VocabularyTermList.split(terms);
  }

  public String note() {
    return note;
  }
}
