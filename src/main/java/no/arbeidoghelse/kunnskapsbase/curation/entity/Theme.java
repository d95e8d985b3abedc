package no.arbeidoghelse.kunnskapsbase.curation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * A theme collection: a title, an introduction and an ordered list of records, e.g. "IPS –
 * individuell jobbstøtte". The slug is its readable, stable address.
 */
@Entity
@Table(name = "theme")
public class Theme extends TrackedEntity {

  @Column(nullable = false, length = 100)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Lob private String introduction;

  @Lob
  @Column(name = "introduction_en")
  private String introductionEn;

  @Column(nullable = false)
  private int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "theme_item", joinColumns = @JoinColumn(name = "theme_id"))
  @OrderColumn(name = "position")
  @Column(name = "item_id")
  private List<String> itemIds = new ArrayList<>();

  protected Theme() {}

  public Theme(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public void set(
      String slug,
      String title,
      String titleEn,
      String introduction,
      String introductionEn,
      int position,
      List<String> itemIds) {
    this.slug = slug;
    this.title = title;
    this.titleEn = titleEn;
    this.introduction = introduction;
    this.introductionEn = introductionEn;
    this.position = position;
    this.itemIds.clear();
    this.itemIds.addAll(itemIds);
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String titleEn() {
    return titleEn;
  }

  public String introduction() {
    return introduction;
  }

  public String introductionEn() {
    return introductionEn;
  }

  public int position() {
    return position;
  }

  public List<String> itemIds() {
    return itemIds;
  }
}
