package no.arbeidoghelse.kunnskapsbase.vocabulary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One change of a vocabulary entry: who made it and when, and the terms before and after. Changes
 * are only ever added; the highest id is the vocabulary's version.
 */
@Entity
@Table(name = "vocabulary_change")
public class VocabularyChange {

  /** What happened to the entry. */
  public enum Action {
    CREATED,
    CHANGED,
    REMOVED;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id", nullable = false, length = 36)
  private String entryId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 10)
  private String language;

  /** The terms after the change; none after a removal. */
  @Column(length = 2100)
  private String terms;

  /** The terms before the change; none at the creation. */
  @Column(name = "previous_terms", length = 2100)
  private String previousTerms;

  @Column(length = 1000)
  private String note;

  protected VocabularyChange() {}

  public VocabularyChange(
      String entryId,
      Action action,
      String actor,
      Instant changedAt,
      String language,
      List<String> terms,
      List<String> previousTerms,
      String note) {
    this.entryId = entryId;
    this.action = action.key();
    this.actor = actor;
    this.changedAt = changedAt;
    this.language = language;
    this.terms = VocabularyTermList.join(terms);
    this.previousTerms = VocabularyTermList.join(previousTerms);
    this.note = note;
  }

  public long id() {
    return id;
  }

  public String entryId() {
    return entryId;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String language() {
    return language;
  }

  public List<String> terms() {
    return VocabularyTermList.split(terms);
  }

  public List<String> previousTerms() {
    return VocabularyTermList.split(previousTerms);
  }

  public String note() {
    return note;
  }
}
