package no.arbeidoghelse.kunnskapsbase.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a project's money comes from: funder, optionally registered, and its reference. */
@Embeddable
public class Funding {

  @Column(name = "funder", nullable = false, length = 300)
  private String funder;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Column(name = "reference", length = 100)
  private String reference;

  protected Funding() {}

  public Funding(String funder, String organisationId, String reference) {
    this.funder = funder;
    this.organisationId = organisationId;
    this.reference = reference;
  }

  public String funder() {
    return funder;
  }

  public String organisationId() {
    return organisationId;
  }

  public String reference() {
    return reference;
  }
}
