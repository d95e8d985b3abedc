package no.arbeidoghelse.kunnskapsbase.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.account.control.SecretTokens;
import no.arbeidoghelse.kunnskapsbase.event.entity.Event;
import no.arbeidoghelse.kunnskapsbase.event.entity.Registration;
import no.arbeidoghelse.kunnskapsbase.event.entity.RegistrationStatus;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemRevision;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Sign-ups for events: anyone may sign up for a published event until it begins; when its seats are
 * taken, later sign-ups wait in order and move up as others cancel. Sign-ups for one event are
 * serialised by locking the event's row, so two instances never give away the same seat. Organisers
 * (those who may change the event) see the participants; the public sees counts.
 */
@ApplicationScoped
public class EventRegistrations {

  /** Days are Norwegian days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  /** A new sign-up with the secret that cancels it (shown once, never stored). */
  public record SignedUp(Registration registration, String cancelToken) {}

  @PersistenceContext EntityManager em;
  @Inject ItemService items;

  public LocalDate today() {
    return LocalDate.ofInstant(items.now(), ZONE);
  }

  public SignedUp register(String eventId, Registration.Participant participant, Caller caller) {
    Event event = items.findVisible(Event.class, eventId, caller);
    if (event.state() != ItemState.PUBLISHED) {
      throw DomainException.conflict("Only a published event takes registrations.");
    }
    if (!today().isBefore(event.startDate())) {
      throw DomainException.conflict(
          "Registration closed when the event began (" + event.startDate() + ").");
    }
    lock(eventId);
    String email = participant.email().strip().toLowerCase(Locale.ROOT);
    boolean known =
        !em.createQuery(
                "SELECT r.id FROM Registration r WHERE r.eventId = :event AND r.email = :email"
                    + " AND r.status <> :cancelled",
                String.class)
            .setParameter("event", eventId)
            .setParameter("email", email)
            .setParameter("cancelled", RegistrationStatus.CANCELLED)
            .getResultList()
            .isEmpty();
    if (known) {
      throw DomainException.conflict(
          "This e-mail address is registered for the event already; use the cancel link from"
              + " that registration to change it.");
    }
    RegistrationStatus status =
        event.capacity() == null || count(eventId, RegistrationStatus.CONFIRMED) < event.capacity()
            ? RegistrationStatus.CONFIRMED
            : RegistrationStatus.WAITLISTED;
    String token = SecretTokens.random();
    var registration =
        new Registration(
            UUID.randomUUID().toString(),
            eventId,
            status,
            new Registration.Participant(
                participant.name().strip(),
                email,
                participant.organisation(),
                participant.sector(),
                participant.organisationKind(),
                participant.role()),
            SecretTokens.sha256(token),
            items.now());
    em.persist(registration);
    em.flush();
    return new SignedUp(registration, token);
  }

  /**
   * Cancels the registration the token belongs to and forgets the person; a seat it frees goes to
   * the first on the waiting list. Returns who moved up, if anyone.
   */
  public Registration cancel(String token) {
    Registration registration = byToken(token);
    lock(registration.eventId());
    boolean hadSeat = registration.status() == RegistrationStatus.CONFIRMED;
    registration.cancel(items.now());
    em.flush();
    if (!hadSeat) {
      return null;
    }
    Event event = em.find(Event.class, registration.eventId());
    if (event.capacity() != null
        && count(event.id(), RegistrationStatus.CONFIRMED) >= event.capacity()) {
      return null;
    }
    List<Registration> waiting =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.eventId = :event AND r.status = :waiting"
                    + " ORDER BY r.registeredAt, r.id",
                Registration.class)
            .setParameter("event", registration.eventId())
            .setParameter("waiting", RegistrationStatus.WAITLISTED)
            .setMaxResults(1)
            .getResultList();
    if (waiting.isEmpty()) {
      return null;
    }
    waiting.get(0).confirm(items.now());
    em.flush();
    return waiting.get(0);
  }

  /** The registration a cancel token belongs to; 404 for an unknown or used token. */
  public Registration byToken(String token) {
    List<Registration> found =
        token == null || token.isBlank() || token.length() > 100
            ? List.of()
            : em.createQuery(
                    "SELECT r FROM Registration r WHERE r.cancelTokenHash = :hash",
                    Registration.class)
                .setParameter("hash", SecretTokens.sha256(token.strip()))
                .getResultList();
    if (found.isEmpty()) {
      throw DomainException.notFound(
          "No registration has this cancel link (it may have been cancelled already).");
    }
    return found.get(0);
  }

  /**
   * An event changed (its capacity raised, or the limit removed): seats now free go to those
   * waiting, in order. In the change's own transaction.
   */
  void seatsMayHaveChanged(@Observes ItemRevision revision) {
    if (!"updated".equals(revision.action())) {
      return;
    }
    Event event = em.find(Event.class, revision.itemId());
    if (event == null) {
      return;
    }
    lock(event.id());
    long free =
        event.capacity() == null
            ? Long.MAX_VALUE
            : event.capacity() - count(event.id(), RegistrationStatus.CONFIRMED);
    if (free <= 0) {
      return;
    }
    em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :event AND r.status = :waiting"
                + " ORDER BY r.registeredAt, r.id",
            Registration.class)
        .setParameter("event", event.id())
        .setParameter("waiting", RegistrationStatus.WAITLISTED)
        .setMaxResults((int) Math.min(free, Integer.MAX_VALUE))
        .getResultList()
        .forEach(waiting -> waiting.confirm(items.now()));
    em.flush();
  }

  /** Every sign-up of the event in order, for its organisers. */
  public List<Registration> participants(String eventId, Caller caller) {
    items.findEditable(Event.class, eventId, caller);
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :event ORDER BY r.registeredAt, r.id",
            Registration.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The event (as the caller may see it) and its confirmed and waiting registrations. */
  public Attendance attendance(String eventId, Caller caller) {
    Event event = items.findVisible(Event.class, eventId, caller);
    List<Registration> active =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.eventId = :event AND r.status <> :cancelled",
                Registration.class)
            .setParameter("event", eventId)
            .setParameter("cancelled", RegistrationStatus.CANCELLED)
            .getResultList();
    boolean open = event.state() == ItemState.PUBLISHED && today().isBefore(event.startDate());
    return Attendance.of(event.capacity(), open, active);
  }

  /**
   * Forgets the people registered for events that ended more than {@code retentionDays} ago;
   * answers how many registrations it cleared.
   */
  public int deletePersonalData(int retentionDays) {
    LocalDate endedBefore = today().minusDays(retentionDays);
    List<Registration> due =
        em.createQuery(
                "SELECT r FROM Registration r, Event e WHERE e.id = r.eventId"
                    + " AND e.endDate < :before AND r.personalDataDeleted = FALSE",
                Registration.class)
            .setParameter("before", endedBefore)
            .getResultList();
    due.forEach(registration -> registration.deletePersonalData(items.now()));
    em.flush();
    return due.size();
  }

  private long count(String eventId, RegistrationStatus status) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Registration r WHERE r.eventId = :event AND r.status = :status",
            Long.class)
        .setParameter("event", eventId)
        .setParameter("status", status)
        .getSingleResult();
  }

  /** Serialises sign-ups and cancellations for one event, across instances. */
  private void lock(String eventId) {
    em.createNativeQuery("SELECT id FROM event WHERE id = ?1 FOR UPDATE")
        .setParameter(1, eventId)
        .getResultList();
  }
}
