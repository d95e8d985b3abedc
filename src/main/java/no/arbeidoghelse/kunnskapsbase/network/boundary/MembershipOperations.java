package no.arbeidoghelse.kunnskapsbase.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.network.control.NetworkMemberships;
import no.arbeidoghelse.kunnskapsbase.network.entity.NetworkMembership;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** The membership calls of a network, each one transaction, in JSON. */
@ApplicationScoped
@Transactional
public class MembershipOperations {

  @Inject NetworkMemberships memberships;
  @Inject Validator validator;

  public MembershipOperations() {}

  /** Outside the container (tests). */
  public MembershipOperations(NetworkMemberships memberships, Validator validator) {
    this.memberships = memberships;
    this.validator = validator;
  }

  /**
   * The members on a day ({@code on}), or all memberships ever when none is given: current ones
   * first, each group by role and name.
   */
  public List<MembershipJson> list(String networkId, LocalDate on, Caller caller) {
    LocalDate today = memberships.today();
    return memberships.of(networkId, caller).stream()
        .filter(m -> on == null || m.isCurrentOn(on))
        .map(m -> toJson(m, today))
        .sorted(
            Comparator.comparing((MembershipJson m) -> !m.current())
                .thenComparing(MembershipJson::role)
                .thenComparing(m -> m.organisationName() == null ? "" : m.organisationName())
                .thenComparing(MembershipJson::from))
        .toList();
  }

  public MembershipJson read(String networkId, String membershipId, Caller caller) {
    memberships.of(networkId, caller);
    return toJson(memberships.find(networkId, membershipId), memberships.today());
  }

  public MembershipJson add(String networkId, MembershipJson json, Caller caller) {
    return toJson(memberships.add(networkId, terms(json), caller), memberships.today());
  }

  public MembershipJson change(
      String networkId, String membershipId, MembershipJson json, String ifMatch, Caller caller) {
    Versions.requireMatch(ifMatch, memberships.find(networkId, membershipId).version());
    return toJson(
        memberships.change(networkId, membershipId, terms(json), caller), memberships.today());
  }

  public MembershipJson end(String networkId, String membershipId, LocalDate on, Caller caller) {
    return toJson(memberships.end(networkId, membershipId, on, caller), memberships.today());
  }

  private NetworkMemberships.Terms terms(MembershipJson json) {
    if (json == null) {
      throw ApiException.badRequest(
          "Send {\"organisationId\": \"...\", \"role\": \"member\", \"from\": \"2024-01-01\"}.");
    }
    RequestValidation.requireValid(validator, json);
    return new NetworkMemberships.Terms(
        json.organisationId().strip(),
        json.personId() == null || json.personId().isBlank() ? null : json.personId().strip(),
        json.role(),
        json.from(),
        json.to());
  }

  private MembershipJson toJson(NetworkMembership m, LocalDate today) {
    Organisation organisation = memberships.organisation(m.organisationId());
    Person person = memberships.person(m.personId());
    return new MembershipJson(
        m.id(),
        m.networkId(),
        m.organisationId(),
        organisation == null ? null : organisation.name(),
        organisation == null ? null : organisation.kind(),
        organisation == null ? null : organisation.region(),
        m.personId(),
        person == null || person.isWithdrawn() ? null : person.name(),
        m.role(),
        m.from(),
        m.to(),
        m.isCurrentOn(today),
        m.version());
  }
}
