package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.competence.boundary.CompetenceNetworkJson;
import no.arbeidoghelse.kunnskapsbase.competence.boundary.CompetenceNetworkJson.ActorJson;
import no.arbeidoghelse.kunnskapsbase.competence.boundary.CompetenceOperations;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * The competence network: organisations and people found by sector, level of care, topic, region
 * and kind of actor (a form that works without JavaScript), with what they work on.
 */
@WebServlet(urlPatterns = "/kompetansenettverk")
public class CompetenceNetworkPage extends Page {

  /** A filter: its parameter, label and choices (with how many organisations have each). */
  public record Filter(String name, String label, List<Choice> choices) {}

  public record Choice(String key, String label, boolean selected) {}

  /** An actor as listed. */
  public record Listed(String url, String name, String about, String counts) {}

  @Inject CompetenceOperations competence;
  @Inject Labels labels;
  @Inject Taxonomy taxonomy;

  @Override
  protected View view(Visit visit) {
    var request = visit.request();
    var filters =
        new CompetenceOperations.Filters(
            request.getParameter("sector"),
            request.getParameter("level"),
            request.getParameter("topic"),
            request.getParameter("region"),
            request.getParameter("kind"),
            request.getParameter("q"));
    CompetenceNetworkJson found = competence.find(filters);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "filters",
        List.of(
            scheme("sector", "facet.sector", TaxonomyScheme.SECTOR, filters.sector(), found, visit),
            scheme(
                "level",
                "facet.level",
                TaxonomyScheme.LEVEL_OF_CARE,
                filters.level(),
                found,
                visit),
            scheme("topic", "facet.topic", TaxonomyScheme.TOPIC, filters.topic(), found, visit),
            list("region", "competence.region", "regions", filters.region(), found, visit),
            list("kind", "competence.kind", "organisationKinds", filters.kind(), found, visit)));
    model.put("q", filters.text() == null ? "" : filters.text());
    model.put("organisationsTotal", found.organisations().total());
    model.put("peopleTotal", found.people().total());
    model.put(
        "organisations",
        found.organisations().items().stream().map(a -> listed(a, visit)).toList());
    model.put("people", found.people().items().stream().map(a -> listed(a, visit)).toList());
    return new View("competence", visit.text("competence.title"), model);
  }

  private Filter scheme(
      String name,
      String label,
      TaxonomyScheme scheme,
      String selected,
      CompetenceNetworkJson found,
      Visit visit) {
    List<Choice> choices = new ArrayList<>();
    for (var term : labels.terms(scheme, visit.locale())) {
      choices.add(
          choice(
              term.key(),
              "\u00a0\u00a0".repeat(term.depth()) + term.label(),
              name,
              selected,
              found));
    }
    return new Filter(name, visit.text(label), choices);
  }

  private Filter list(
      String name,
      String label,
      String valueList,
      String selected,
      CompetenceNetworkJson found,
      Visit visit) {
    List<Choice> choices = new ArrayList<>();
    for (String key : taxonomy.valueKeys(valueList)) {
      choices.add(choice(key, visit.text(valueList + "." + key), name, selected, found));
    }
    return new Filter(name, visit.text(label), choices);
  }

  private static Choice choice(
      String key, String label, String facet, String selected, CompetenceNetworkJson found) {
    long count = found.facets().getOrDefault(facet, Map.of()).getOrDefault(key, 0L);
    return new Choice(key, label + " (" + count + ")", key.equals(selected));
  }

  private Listed listed(ActorJson a, Visit visit) {
    List<String> about = new ArrayList<>();
    if (a.kind() != null) {
      about.add(visit.text("organisationKinds." + a.kind()));
    }
    if (a.region() != null) {
      about.add(visit.text("regions." + a.region()));
    } else if (a.country() != null) {
      about.add(visit.text("countries." + a.country()));
    }
    if (!a.topics().isEmpty()) {
      about.add(String.join(", ", labels.of(TaxonomyScheme.TOPIC, a.topics(), visit.locale())));
    }
    var c = a.counts();
    String counts =
        a.type().equals("person")
            ? visit.text("competence.personCounts", c.getOrDefault("records", 0))
            : visit.text(
                "competence.counts",
                c.getOrDefault("records", 0),
                c.getOrDefault("programmes", 0),
                c.getOrDefault("networks", 0),
                c.getOrDefault("events", 0));
    return new Listed(a.page(), a.name(), String.join(" · ", about), counts);
  }
}
