package no.arbeidoghelse.kunnskapsbase.event.control;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import no.arbeidoghelse.kunnskapsbase.event.entity.Registration;
import no.arbeidoghelse.kunnskapsbase.event.entity.RegistrationStatus;

/**
 * What the public may know of an event's sign-ups: how many, how many seats are left, and who comes
 * by sector and kind of organisation (the point of Åpen arena is to bring sectors together). Never
 * a person.
 */
public record Attendance(
    Integer capacity,
    boolean open,
    long confirmed,
    long waitlisted,
    Integer seatsLeft,
    Map<String, Long> bySector,
    Map<String, Long> byOrganisationKind) {

  /** Counted from the registrations that are not cancelled; "unknown" where none was given. */
  public static Attendance of(Integer capacity, boolean open, Collection<Registration> active) {
    long confirmed =
        active.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
    Map<String, Long> bySector = new TreeMap<>();
    Map<String, Long> byKind = new TreeMap<>();
    active.stream()
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
        .forEach(
            r -> {
              bySector.merge(r.sector() == null ? "unknown" : r.sector(), 1L, Long::sum);
              byKind.merge(
                  r.organisationKind() == null ? "unknown" : r.organisationKind(), 1L, Long::sum);
            });
    return new Attendance(
        capacity,
        open,
        confirmed,
        active.size() - confirmed,
        capacity == null ? null : (int) Math.max(0, capacity - confirmed),
        bySector,
        byKind);
  }
}
