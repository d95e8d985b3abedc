package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationJson;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationProfiles;
import no.arbeidoghelse.kunnskapsbase.organisation.control.ProfileEntry;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * An organisation's public profile: what kind of actor it is and where, its units and people, the
 * records that name it, the programmes it offers, its networks (with role and period) and events.
 */
@WebServlet(urlPatterns = "/organisasjoner/*")
public class OrganisationPage extends Page {

  /** One line of the profile: a link, what kind of thing, and the organisation's part in it. */
  public record Line(String url, String title, String type, String role) {}

  @Inject OrganisationProfiles profiles;
  @Inject WebPaths paths;
  @Inject Labels labels;
  @Inject Taxonomy taxonomy;

  @Override
  protected View view(Visit visit) {
    String id = segment(visit);
    OrganisationJson o = profiles.read(id, visit.caller());
    Map<String, Object> model = new HashMap<>();
    model.put("o", o);
    List<String[]> facts = new ArrayList<>();
    if (o.kind() != null) {
      facts.add(
          new String[] {
            visit.text("organisation.kind"), visit.text("organisationKinds." + o.kind())
          });
    }
    if (o.region() != null) {
      facts.add(
          new String[] {visit.text("organisation.region"), visit.text("regions." + o.region())});
    }
    if (o.country() != null) {
      facts.add(
          new String[] {
            visit.text("organisation.country"), visit.text("countries." + o.country())
          });
    }
    if (!o.sectors().isEmpty()) {
      facts.add(
          new String[] {
            visit.text("facet.sector"),
            String.join(", ", labels.of(TaxonomyScheme.SECTOR, o.sectors(), visit.locale()))
          });
    }
    if (!o.levelsOfCare().isEmpty()) {
      facts.add(
          new String[] {
            visit.text("facet.level"),
            String.join(
                ", ", labels.of(TaxonomyScheme.LEVEL_OF_CARE, o.levelsOfCare(), visit.locale()))
          });
    }
    model.put("facts", facts);
    model.put("parentUrl", o.parentId() == null ? null : RecordNames.ORGANISATIONS + o.parentId());
    model.put("units", lines(o.subOrganisations(), visit, false));
    model.put("people", lines(o.people(), visit, false));
    model.put("records", lines(o.records(), visit, true));
    model.put("programmes", lines(o.programmes(), visit, false));
    model.put("networks", lines(o.networks(), visit, true));
    model.put("events", lines(o.events(), visit, true));
    model.put("jsonLd", jsonLd(o, absolute(visit.request(), RecordNames.ORGANISATIONS + o.id())));
    return new View("organisation", o.name(), model);
  }

  private List<Line> lines(List<ProfileEntry> entries, Visit visit, boolean withRole) {
    return entries.stream()
        .map(
            e ->
                new Line(
                    url(e),
                    e.title(),
                    paths.isKind(e.type()) ? visit.text("kinds." + e.type()) : null,
                    withRole ? role(e, visit) : null))
        .toList();
  }

  private String url(ProfileEntry e) {
    return switch (e.type()) {
      case "organisation" -> RecordNames.ORGANISATIONS + e.id();
      case "person" -> PersonPage.PATH + e.id();
      default -> paths.item(e.type(), e.id());
    };
  }

  private String role(ProfileEntry e, Visit visit) {
    return roleAndPeriod(
        e.role() == null ? null : roleLabel(e.role(), visit), e.from(), e.to(), visit);
  }

  /** A role from the list it belongs to: an item's organisation roles, network roles, organiser. */
  private String roleLabel(String role, Visit visit) {
    for (String list : List.of("organisationRoles", "networkRoles")) {
      if (taxonomy.valueKeys(list).contains(role)) {
        return visit.text(list + "." + role);
      }
    }
    return visit.text(role.equals("organiser") ? "event.organiser" : "event.coOrganiser");
  }

  static String jsonLd(OrganisationJson o, String url) {
    JsonObjectBuilder ld =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Organization")
            .add("name", o.name())
            .add("url", url);
    if (o.shortName() != null) {
      ld.add("alternateName", o.shortName());
    }
    if (o.website() != null) {
      ld.add("sameAs", o.website());
    }
    JsonObjectBuilder address = Json.createObjectBuilder().add("@type", "PostalAddress");
    if (o.city() != null) {
      address.add("addressLocality", o.city());
    }
    if (o.region() != null) {
      address.add("addressRegion", o.region());
    }
    if (o.country() != null) {
      address.add("addressCountry", o.country());
    }
    ld.add("address", address);
    if (o.parentId() != null) {
      ld.add(
          "parentOrganization",
          Json.createObjectBuilder().add("@id", RecordNames.ORGANISATIONS + o.parentId()));
    }
    JsonArrayBuilder memberOf = Json.createArrayBuilder();
    o.networks()
        .forEach(
            n ->
                memberOf.add(
                    Json.createObjectBuilder()
                        .add("@type", "Organization")
                        .add("name", n.title())));
    ld.add("memberOf", memberOf);
    return Page.jsonLd(ld.build());
  }
}
