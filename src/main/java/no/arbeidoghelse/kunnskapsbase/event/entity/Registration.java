package no.arbeidoghelse.kunnskapsbase.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sign-up for an event. Name, e-mail, organisation and role are personal data: they go when the
 * registration is cancelled, and for everyone a set number of days after the event; the sector and
 * kind of organisation stay, so attendance can still be counted. Only a hash of the cancel token is
 * stored.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "event_id", nullable = false, length = 36)
  private String eventId;

  @Column(nullable = false, length = 20)
  private RegistrationStatus status;

  @Column(length = 200)
  private String name;

  @Column(length = 320)
  private String email;

  @Column(length = 300)
  private String organisation;

  @Column(length = 200)
  private String role;

  @Column(length = 60)
  private String sector;

  @Column(name = "organisation_kind", length = 40)
  private String organisationKind;

  @Column(name = "cancel_token_hash", length = 64)
  private String cancelTokenHash;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "personal_data_deleted", nullable = false)
  private boolean personalDataDeleted;

  protected Registration() {}

  public Registration(
      String id,
      String eventId,
      RegistrationStatus status,
      Participant participant,
      String cancelTokenHash,
      Instant now) {
    this.id = id;
    this.eventId = eventId;
    this.status = status;
    this.name = participant.name();
    this.email = participant.email();
    this.organisation = participant.organisation();
    this.role = participant.role();
    this.sector = participant.sector();
    this.organisationKind = participant.organisationKind();
    this.cancelTokenHash = cancelTokenHash;
    this.registeredAt = now;
    this.updatedAt = now;
  }

  /** Who signs up, as given on the form. */
  public record Participant(
      String name,
      String email,
      String organisation,
      String sector,
      String organisationKind,
      String role) {}

  public String id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public RegistrationStatus status() {
    return status;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String organisation() {
    return organisation;
  }

  public String role() {
    return role;
  }

  public String sector() {
    return sector;
  }

  public String organisationKind() {
    return organisationKind;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public boolean personalDataDeleted() {
    return personalDataDeleted;
  }

  public void confirm(Instant now) {
    status = RegistrationStatus.CONFIRMED;
    updatedAt = now;
  }

  /** Cancelled: the person is forgotten, only the counts keep the sector and kind. */
  public void cancel(Instant now) {
    status = RegistrationStatus.CANCELLED;
    deletePersonalData(now);
  }

  public void deletePersonalData(Instant now) {
    name = null;
    email = null;
    organisation = null;
    role = null;
    cancelTokenHash = null;
    personalDataDeleted = true;
    updatedAt = now;
  }
}
