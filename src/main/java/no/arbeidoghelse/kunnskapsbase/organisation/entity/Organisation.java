package no.arbeidoghelse.kunnskapsbase.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;

/**
 * An actor in the field: university, research institute, hospital, NAV unit, municipality,
 * rehabilitation institution, employer or user organisation.
 */
@Entity
@Table(name = "organisation")
@jakarta.persistence.EntityListeners(OrganisationChangeListener.class)
public class Organisation extends DirectoryEntry {

  /**
   * An organisation's type among search results: its key in the value list {@code directoryTypes}
   * and the kind the search views give it (migration V11).
   */
  public static final String TYPE = "organisation";

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "short_name", length = 50)
  private String shortName;

  @Column(name = "org_type", nullable = false, length = 40)
  private String type;

  /** The Norwegian organisation number (9 digits, Brønnøysund), when it has one. */
  @Column(name = "org_number", length = 9)
  private String orgNumber;

  @Column(length = 500)
  private String website;

  @Column(length = 100)
  private String city;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  /** What kind of actor it is in the field (value list {@code organisationKinds}). */
  @Column(name = "org_kind", length = 40)
  private String kind;

  @Column(length = 2)
  private String country;

  @Column(length = 40)
  private String region;

  @ElementCollection
  @OrderBy
  @CollectionTable(
      name = "organisation_sector",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "term")
  private Set<String> sectors = new LinkedHashSet<>();

  @ElementCollection
  @OrderBy
  @CollectionTable(
      name = "organisation_level_of_care",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "term")
  private Set<String> levelsOfCare = new LinkedHashSet<>();

  protected Organisation() {}

  public Organisation(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public String type() {
    return type;
  }

  public String orgNumber() {
    return orgNumber;
  }

  public String website() {
    return website;
  }

  public String city() {
    return city;
  }

  public String parentId() {
    return parentId;
  }

  public String kind() {
    return kind;
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }

  public Set<String> sectors() {
    return sectors;
  }

  public Set<String> levelsOfCare() {
    return levelsOfCare;
  }

  /** Where the actor is and what it works with, as the competence network sees it. */
  public void place(
      String kind,
      String country,
      String region,
      Collection<String> sectors,
      Collection<String> levelsOfCare) {
    this.kind = kind;
    this.country = country;
    this.region = region;
    this.sectors.clear();
    this.sectors.addAll(sectors);
    this.levelsOfCare.clear();
    this.levelsOfCare.addAll(levelsOfCare);
  }

  public void describe(
      String name,
      String shortName,
      String type,
      String orgNumber,
      String website,
      String city,
      String parentId) {
    this.name = name;
    this.shortName = shortName;
    this.type = type;
    this.orgNumber = orgNumber;
    this.website = website;
    this.city = city;
    this.parentId = parentId;
  }
}
