package no.arbeidoghelse.kunnskapsbase.history.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of an item: who made it and when, the action (created, updated, a workflow step, a
 * restored version), an optional comment, the changed fields with old and new values, and the whole
 * item as it was after the change. Entries are only ever added.
 */
@Entity
@Table(name = "item_history")
public class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  /** 1 for the item's creation, then one more for each change. */
  @Column(name = "seq_no", nullable = false)
  private int sequence;

  @Column(nullable = false, length = 30)
  private String action;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** The item's editorial state after the change. */
  @Column(nullable = false, length = 20)
  private String state;

  @Column(name = "note", length = 2000)
  private String comment;

  /** JSON array of {field, old, new}. */
  @Lob
  @Column(nullable = false)
  private String changes;

  /** JSON object: the item after the change, as the API shows it. */
  @Lob
  @Column(nullable = false)
  private String snapshot;

  protected HistoryEntry() {}

  public HistoryEntry(
      String itemId,
      int sequence,
      String action,
      String actor,
      Instant changedAt,
      String state,
      String comment,
      String changes,
      String snapshot) {
    this.itemId = itemId;
    this.sequence = sequence;
    this.action = action;
    this.actor = actor;
    this.changedAt = changedAt;
    this.state = state;
    this.comment = comment;
    this.changes = changes;
    this.snapshot = snapshot;
  }

  public String itemId() {
    return itemId;
  }

  public int sequence() {
    return sequence;
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

  public String state() {
    return state;
  }

  public String comment() {
    return comment;
  }

  public String changes() {
    return changes;
  }

  public String snapshot() {
    return snapshot;
  }
}
