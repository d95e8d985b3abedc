package no.arbeidoghelse.kunnskapsbase.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;

/** A researcher or practitioner who takes part in projects and reports. */
@Entity
@Table(name = "person")
public class Person extends DirectoryEntry {

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 19)
  private String orcid;

  @Column(length = 320)
  private String email;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  protected Person() {}

  public Person(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public String name() {
    return name;
  }

  public String orcid() {
    return orcid;
  }

  public String email() {
    return email;
  }

  public String organisationId() {
    return organisationId;
  }

  public void describe(String name, String orcid, String email, String organisationId) {
    this.name = name;
    this.orcid = orcid;
    this.email = email;
    this.organisationId = organisationId;
  }
}
