package no.arbeidoghelse.kunnskapsbase.competence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.arbeidoghelse.kunnskapsbase.competence.control.CompetenceMap.Actor;
import org.junit.jupiter.api.Test;

class CompetenceSearchTest {

  static Actor actor(
      String name,
      String kind,
      String region,
      Set<String> sectors,
      Set<String> topics,
      int records) {
    Map<String, Set<String>> terms = new HashMap<>();
    terms.put("sectors", new TreeSet<>(sectors));
    terms.put("levelsOfCare", new TreeSet<>());
    terms.put("topics", new TreeSet<>(topics));
    return new Actor(
        name,
        name,
        kind,
        region,
        "NO",
        null,
        null,
        terms,
        new HashMap<>(Map.of("records", records)));
  }

  static final CompetenceMap.Snapshot MAP =
      new CompetenceMap.Snapshot(
          List.of(
              actor("Nav Oslo", "nav-unit", "oslo", Set.of("labour-welfare"), Set.of("ips"), 2),
              actor(
                  "Sunnaas",
                  "health-trust",
                  "akershus",
                  Set.of("health"),
                  Set.of("anxiety-depression"),
                  5),
              actor(
                  "Bjørkheim",
                  "rehabilitation-institution",
                  "innlandet",
                  Set.of("health"),
                  Set.of(),
                  1)),
          List.of(actor("Kari", null, "oslo", Set.of("health"), Set.of("ips"), 3)),
          Instant.EPOCH);

  static CompetenceSearch.Query query(
      String sector, Set<String> topics, String region, String kind) {
    return new CompetenceSearch.Query(sector, null, topics, region, kind, null);
  }

  @Test
  void everyFilterMustHoldAndTheMostActiveComeFirst() {
    var all = CompetenceSearch.find(MAP, query(null, null, null, null), 10);
    assertEquals(
        List.of("Sunnaas", "Nav Oslo", "Bjørkheim"),
        all.organisations().stream().map(Actor::name).toList());
    var health = CompetenceSearch.find(MAP, query("health", null, null, null), 10);
    assertEquals(2, health.organisationsTotal());
    assertEquals(List.of("Kari"), health.people().stream().map(Actor::name).toList());
    var oslo = CompetenceSearch.find(MAP, query("health", null, "oslo", null), 10);
    assertEquals(0, oslo.organisationsTotal());
    assertEquals(1, oslo.peopleTotal());
  }

  @Test
  void aTopicMatchesItsNarrowerTopicsAndKindLeavesPeopleOut() {
    var mental =
        CompetenceSearch.find(
            MAP, query(null, Set.of("mental-health", "anxiety-depression"), null, null), 10);
    assertEquals(List.of("Sunnaas"), mental.organisations().stream().map(Actor::name).toList());
    var nav = CompetenceSearch.find(MAP, query(null, null, null, "nav-unit"), 10);
    assertEquals(1, nav.organisationsTotal());
    assertEquals(0, nav.peopleTotal());
  }

  @Test
  void facetsCountTheOrganisationsFound() {
    var health = CompetenceSearch.find(MAP, query("health", null, null, null), 1);
    assertEquals(1, health.organisations().size(), "cut at the limit");
    assertEquals(Map.of("health", 2L), health.facets().get("sector"));
    assertEquals(Map.of("akershus", 1L, "innlandet", 1L), health.facets().get("region"));
  }
}
