package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipJson;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipOperations;
import no.arbeidoghelse.kunnskapsbase.network.boundary.NetworkJson;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * A network's page: its current members by region and by kind of organisation, its former members
 * (the history), and for those who may change the network, forms to add and end memberships.
 */
@ApplicationScoped
class NetworkPageSection implements RecordPageSection {

  /** A membership as shown. */
  record Member(
      String id, String name, String url, String kind, String role, String period, int version) {}

  /** Members under a heading (a region). */
  record Group(String heading, List<Member> members) {}

  /** A label and a count. */
  record Count(String label, long count) {}

  /** A choice in a form. */
  record Option(String key, String label) {}

  record Model(
      String networkId,
      RecordNames.Named coordinator,
      List<Group> byRegion,
      List<Count> byKind,
      List<Member> former,
      boolean mayManage,
      List<Option> organisations,
      List<Option> roles,
      String done) {}

  @Inject MembershipOperations memberships;
  @Inject RecordNames names;
  @Inject DirectoryOperations directory;
  @Inject OrganisationMapper organisationMapper;
  @Inject Taxonomy taxonomy;

  @Override
  public String kind() {
    return "network";
  }

  @Override
  public String template() {
    return "network-section";
  }

  @Override
  public Object model(ItemJson record, Page.Visit visit) {
    NetworkJson network = (NetworkJson) record;
    Collator collator = Collator.getInstance(visit.locale());
    List<MembershipJson> all = memberships.list(network.id, null, visit.caller());
    Map<String, List<Member>> byRegion = new TreeMap<>(collator);
    Map<String, Long> byKind = new TreeMap<>(collator);
    List<Member> former = new ArrayList<>();
    for (MembershipJson m : all) {
      Member member = member(m, visit);
      if (Boolean.TRUE.equals(m.current())) {
        String region =
            m.region() == null
                ? visit.text("network.noRegion")
                : visit.text("regions." + m.region());
        byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(member);
        byKind.merge(member.kind() == null ? "–" : member.kind(), 1L, Long::sum);
      } else {
        former.add(member);
      }
    }
    boolean mayManage = record.owner != null;
    return new Model(
        network.id,
        names.organisationLink(network.coordinatorId, visit.caller()).orElse(null),
        byRegion.entrySet().stream()
            .map(
                e ->
                    new Group(
                        e.getKey(),
                        e.getValue().stream()
                            .sorted(Comparator.comparing(Member::name, collator))
                            .toList()))
            .toList(),
        byKind.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
        former,
        mayManage,
        mayManage ? organisations(visit, collator) : List.of(),
        taxonomy.valueKeys("networkRoles").stream()
            .map(key -> new Option(key, visit.text("networkRoles." + key)))
            .toList(),
        done(visit));
  }

  /** The message after a form: a membership added or ended. */
  private static String done(Page.Visit visit) {
    String done = visit.request().getParameter("melding");
    return "added".equals(done) || "ended".equals(done) ? visit.text("network.done." + done) : null;
  }

  private static Member member(MembershipJson m, Page.Visit visit) {
    String name = m.organisationName() + (m.personName() == null ? "" : " – " + m.personName());
    String period = Page.roleAndPeriod(null, m.from(), m.to(), visit);
    return new Member(
        m.id(),
        name,
        RecordNames.ORGANISATIONS + m.organisationId(),
        m.organisationKind() == null
            ? null
            : visit.text("organisationKinds." + m.organisationKind()),
        visit.text("networkRoles." + m.role()),
        period,
        m.version().intValue());
  }

  /** The organisations an editor may add, by name (the first thousand). */
  private List<Option> organisations(Page.Visit visit, Collator collator) {
    List<Option> options = new ArrayList<>();
    for (int page = 1; page <= 10; page++) {
      var found =
          directory.list(
              organisationMapper,
              visit.caller(),
              PageRequest.of(String.valueOf(page), "100"),
              false);
      found.items().forEach(o -> options.add(new Option(o.id(), o.name())));
      if (found.items().size() < 100) {
        break;
      }
    }
    return options.stream()
        .sorted(Comparator.comparing(Option::label, collator))
        .collect(Collectors.toList());
  }
}
