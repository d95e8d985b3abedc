package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person's part in an item (project leader, researcher, contact, ...). The name is kept even when
 * the person is registered, so the item reads right without a lookup.
 */
@Embeddable
public class PersonRole {

  @Column(name = "person_id", length = 36)
  private String personId;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "role", nullable = false, length = 30)
  private String role;

  protected PersonRole() {}

  public PersonRole(String personId, String name, String role) {
    this.personId = personId;
    this.name = name;
    this.role = role;
  }

  public String personId() {
    return personId;
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }
}
