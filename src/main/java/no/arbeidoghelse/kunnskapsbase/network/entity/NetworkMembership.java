package no.arbeidoghelse.kunnskapsbase.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemChangeListener;
import no.arbeidoghelse.kunnskapsbase.item.entity.PartOfItem;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * An organisation's (optionally a person's) part in a network for a period, from its first day to
 * the day it ended ({@code to}, not itself a day of membership). Never deleted: ending it sets
 * {@code to}, so the network's history is kept. Its owner is who added it.
 */
@Entity
@Table(name = "network_membership")
@EntityListeners(ItemChangeListener.class)
public class NetworkMembership extends TrackedEntity implements PartOfItem {

  @Column(name = "network_id", nullable = false, length = 36)
  private String networkId;

  @Column(name = "organisation_id", nullable = false, length = 36)
  private String organisationId;

  @Column(name = "person_id", length = 36)
  private String personId;

  @Column(nullable = false, length = 40)
  private String role;

  @Column(name = "valid_from", nullable = false)
  private LocalDate from;

  @Column(name = "valid_to")
  private LocalDate to;

  protected NetworkMembership() {}

  public NetworkMembership(String id, String networkId, String owner, Instant now) {
    super(id, owner, now);
    this.networkId = networkId;
  }

  @Override
  public String itemId() {
    return networkId;
  }

  public String networkId() {
    return networkId;
  }

  public String organisationId() {
    return organisationId;
  }

  public String personId() {
    return personId;
  }

  public String role() {
    return role;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  /** Whether it holds on the day: begun, and not ended ({@code to} is the day it ended). */
  public boolean isCurrentOn(LocalDate day) {
    return !from.isAfter(day) && (to == null || to.isAfter(day));
  }

  public void set(
      String organisationId, String personId, String role, LocalDate from, LocalDate to) {
    this.organisationId = organisationId;
    this.personId = personId;
    this.role = role;
    this.from = from;
    this.to = to;
  }
}
