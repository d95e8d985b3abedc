package no.arbeidoghelse.kunnskapsbase.curation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * A record an editor features on the front page: its place in the order, optionally the days it is
 * shown (from and to, inclusive), and a short plain-language teaser in Bokmål and English.
 */
@Entity
@Table(name = "featured")
public class FeaturedRecord extends TrackedEntity {

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(nullable = false)
  private int position;

  @Column(name = "from_date")
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(length = 1000)
  private String teaser;

  @Column(name = "teaser_en", length = 1000)
  private String teaserEn;

  protected FeaturedRecord() {}

  public FeaturedRecord(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public void set(
      String itemId, int position, LocalDate from, LocalDate to, String teaser, String teaserEn) {
    this.itemId = itemId;
    this.position = position;
    this.from = from;
    this.to = to;
    this.teaser = teaser;
    this.teaserEn = teaserEn;
  }

  /** Shown on the given day: within from and to, where they are set. */
  public boolean isCurrent(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  public String itemId() {
    return itemId;
  }

  public int position() {
    return position;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public String teaser() {
    return teaser;
  }

  public String teaserEn() {
    return teaserEn;
  }
}
