package no.arbeidoghelse.kunnskapsbase.practicereport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/**
 * Experience from practice (erfaring fra praksis): what a service provider did, what came of it and
 * what others can learn. The summary says what was done.
 */
@Entity
@Table(name = "practice_report")
@DiscriminatorValue("practice-report")
public class PracticeReport extends Item {

  @Column(nullable = false, length = 300)
  private String provider;

  @Column(name = "provider_type", nullable = false, length = 40)
  private String providerType;

  @Column(name = "report_year", nullable = false)
  private int year;

  @Lob private String results;

  @Lob private String lessons;

  @Column(length = 500)
  private String contact;

  protected PracticeReport() {}

  public PracticeReport(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public String provider() {
    return provider;
  }

  public String providerType() {
    return providerType;
  }

  public int year() {
    return year;
  }

  public String results() {
    return results;
  }

  public String lessons() {
    return lessons;
  }

  public String contact() {
    return contact;
  }

  public void report(
      String provider,
      String providerType,
      int year,
      String results,
      String lessons,
      String contact) {
    this.provider = provider;
    this.providerType = providerType;
    this.year = year;
    this.results = results;
    this.lessons = lessons;
    this.contact = contact;
  }
}
