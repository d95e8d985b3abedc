package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation's part in an item: responsible, partner, funder, provider or publisher. */
@Embeddable
public class OrganisationRole {

  @Column(name = "organisation_id", nullable = false, length = 36)
  private String organisationId;

  @Column(name = "role", nullable = false, length = 20)
  private String role;

  protected OrganisationRole() {}

  public OrganisationRole(String organisationId, String role) {
    this.organisationId = organisationId;
    this.role = role;
  }

  public String organisationId() {
    return organisationId;
  }

  public String role() {
    return role;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganisationRole other
        && organisationId.equals(other.organisationId)
        && role.equals(other.role);
  }

  @Override
  public int hashCode() {
    return organisationId.hashCode() * 31 + role.hashCode();
  }
}
