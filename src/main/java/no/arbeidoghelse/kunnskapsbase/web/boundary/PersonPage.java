package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.organisation.control.ProfileEntry;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonJson;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonProfiles;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/** A person's work across the registry: their records and networks, with ORCID where known. */
@WebServlet(urlPatterns = "/personer/*")
public class PersonPage extends Page {

  static final String PATH = "/personer/";

  /** A record or network of the person's, with their role. */
  public record Line(String url, String title, String type, String role) {}

  @Inject PersonProfiles profiles;
  @Inject RecordNames names;
  @Inject WebPaths paths;
  @Inject Taxonomy taxonomy;

  @Override
  protected View view(Visit visit) {
    String id = segment(visit);
    PersonJson person = profiles.read(id, visit.caller());
    Map<String, Object> model = new HashMap<>();
    model.put("person", person);
    model.put(
        "organisation",
        names.organisationLink(person.organisationId(), visit.caller()).orElse(null));
    model.put("records", lines(person.records(), visit));
    model.put("networks", lines(person.networks(), visit));
    model.put("jsonLd", jsonLd(person, absolute(visit.request(), PATH + person.id())));
    return new View("person", person.name(), model);
  }

  private List<Line> lines(List<ProfileEntry> entries, Visit visit) {
    return entries.stream()
        .map(
            e ->
                new Line(
                    paths.item(e.type(), e.id()),
                    e.title(),
                    visit.text("kinds." + e.type()),
                    role(e, visit)))
        .toList();
  }

  private String role(ProfileEntry e, Visit visit) {
    for (String list : List.of("personRoles", "networkRoles")) {
      if (taxonomy.valueKeys(list).contains(e.role())) {
        return roleAndPeriod(visit.text(list + "." + e.role()), e.from(), e.to(), visit);
      }
    }
    return null;
  }

  private static String jsonLd(PersonJson person, String url) {
    JsonObjectBuilder ld =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Person")
            .add("name", person.name())
            .add("url", url);
    if (person.orcid() != null) {
      ld.add("identifier", "https://orcid.org/" + person.orcid());
      ld.add("sameAs", "https://orcid.org/" + person.orcid());
    }
    if (person.organisationId() != null) {
      ld.add(
          "affiliation",
          Json.createObjectBuilder()
              .add("@id", RecordNames.ORGANISATIONS + person.organisationId()));
    }
    return Page.jsonLd(ld.build());
  }
}
