package no.arbeidoghelse.kunnskapsbase.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.network.entity.Network;
import no.arbeidoghelse.kunnskapsbase.network.entity.NetworkMembership;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Who belongs to a network, and when. Anyone who may see the network sees its members, past ones
 * too; those who may change the network (its owners, editors) add, change and end memberships.
 * Ending is the only way out: the history stays.
 */
@ApplicationScoped
public class NetworkMemberships {

  /** Days are Norwegian days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  /** What a membership is to become. */
  public record Terms(
      String organisationId, String personId, String role, LocalDate from, LocalDate to) {}

  @PersistenceContext EntityManager em;
  @Inject ItemService items;

  public NetworkMemberships() {}

  /** Outside the container (tests). */
  public NetworkMemberships(EntityManager em, ItemService items) {
    this.em = em;
    this.items = items;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(items.now(), ZONE);
  }

  /** Every membership of the network, the earliest first. */
  public List<NetworkMembership> of(String networkId, Caller caller) {
    items.findVisible(Network.class, networkId, caller);
    return em.createQuery(
            "SELECT m FROM NetworkMembership m WHERE m.networkId = :network"
                + " ORDER BY m.from, m.id",
            NetworkMembership.class)
        .setParameter("network", networkId)
        .getResultList();
  }

  public NetworkMembership add(String networkId, Terms terms, Caller caller) {
    Network network = items.findEditable(Network.class, networkId, caller);
    var membership =
        new NetworkMembership(
            UUID.randomUUID().toString(), networkId, caller.username(), items.now());
    apply(membership, terms);
    em.persist(membership);
    network.touch(items.now());
    em.flush();
    return membership;
  }

  public NetworkMembership change(
      String networkId, String membershipId, Terms terms, Caller caller) {
    Network network = items.findEditable(Network.class, networkId, caller);
    NetworkMembership membership = find(networkId, membershipId);
    apply(membership, terms);
    membership.touch(items.now());
    network.touch(items.now());
    em.flush();
    return membership;
  }

  /**
   * Ends the membership on {@code day} (today when null: from today it no longer holds); one that
   * has ended already stays so.
   */
  public NetworkMembership end(
      String networkId, String membershipId, LocalDate day, Caller caller) {
    Network network = items.findEditable(Network.class, networkId, caller);
    NetworkMembership membership = find(networkId, membershipId);
    LocalDate end = day == null ? today() : day;
    if (membership.to() != null && !membership.to().isAfter(end)) {
      throw DomainException.conflict("The membership ended on " + membership.to() + " already.");
    }
    apply(
        membership,
        new Terms(
            membership.organisationId(),
            membership.personId(),
            membership.role(),
            membership.from(),
            end));
    membership.touch(items.now());
    network.touch(items.now());
    em.flush();
    return membership;
  }

  public NetworkMembership find(String networkId, String membershipId) {
    NetworkMembership membership = em.find(NetworkMembership.class, membershipId);
    if (membership == null || !membership.networkId().equals(networkId)) {
      throw DomainException.notFound("The network has no membership '" + membershipId + "'.");
    }
    return membership;
  }

  /** The organisation's name, or null when it is gone. */
  public Organisation organisation(String id) {
    return id == null ? null : em.find(Organisation.class, id);
  }

  public Person person(String id) {
    return id == null ? null : em.find(Person.class, id);
  }

  private void apply(NetworkMembership membership, Terms terms) {
    Organisation organisation = organisation(terms.organisationId());
    if (organisation == null || organisation.isWithdrawn()) {
      throw DomainException.invalidField(
          "organisationId", "no organisation with id '" + terms.organisationId() + "'");
    }
    Person person = person(terms.personId());
    if (terms.personId() != null && (person == null || person.isWithdrawn())) {
      throw DomainException.invalidField(
          "personId", "no person with id '" + terms.personId() + "'");
    }
    LocalDate from = terms.from() == null ? today() : terms.from();
    if (terms.to() != null && terms.to().isBefore(from)) {
      throw DomainException.invalidField("to", "must not be before 'from' (" + from + ")");
    }
    List<NetworkMembership> overlapping =
        em
            .createQuery(
                "SELECT m FROM NetworkMembership m WHERE m.networkId = :network"
                    + " AND m.organisationId = :organisation AND m.id <> :self",
                NetworkMembership.class)
            .setParameter("network", membership.networkId())
            .setParameter("organisation", terms.organisationId())
            .setParameter("self", membership.id())
            .getResultList()
            .stream()
            .filter(m -> java.util.Objects.equals(m.personId(), terms.personId()))
            .filter(m -> m.role().equals(terms.role()))
            .filter(m -> overlaps(m.from(), m.to(), from, terms.to()))
            .toList();
    if (!overlapping.isEmpty()) {
      throw DomainException.conflict(
          "The organisation is a "
              + terms.role()
              + " of the network already in that period (membership "
              + overlapping.get(0).id()
              + ", from "
              + overlapping.get(0).from()
              + "); end or change that one.");
    }
    membership.set(terms.organisationId(), terms.personId(), terms.role(), from, terms.to());
  }

  /** Whether two periods share a day; each ends on the day before its {@code to}. */
  static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
    return (aTo == null || aTo.isAfter(bFrom)) && (bTo == null || bTo.isAfter(aFrom));
  }
}
