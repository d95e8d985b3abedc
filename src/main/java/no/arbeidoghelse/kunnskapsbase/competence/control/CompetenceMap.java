package no.arbeidoghelse.kunnskapsbase.competence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who works on what: every organisation and registered person with the sectors, levels of care and
 * topics of the published records, programmes and networks they take part in (an organisation's own
 * sectors and levels count too), and how many of each they have. Read with a few grouped queries
 * and kept for {@link #FRESH_FOR}: the map is a public overview, not a record.
 */
@ApplicationScoped
public class CompetenceMap {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  /** An actor on the map; {@code terms} by scheme field (sectors, levelsOfCare, topics). */
  public record Actor(
      String id,
      String name,
      String kind,
      String region,
      String country,
      String orcid,
      String organisationId,
      Map<String, Set<String>> terms,
      Map<String, Integer> counts) {

    public int activity() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The map at one moment. */
  public record Snapshot(List<Actor> organisations, List<Actor> people, Instant at) {}

  /** Where each scheme's terms are: item tables, and the organisations' own. */
  private static final Map<String, String> ITEM_TERMS =
      Map.of(
          "sectors", "item_sector", "levelsOfCare", "item_level_of_care", "topics", "item_topic");

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();
  private volatile Snapshot snapshot;

  public Snapshot snapshot() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current == null || current.at().plus(FRESH_FOR).isBefore(now)) {
      current = new Snapshot(organisations(), people(), now);
      snapshot = current;
    }
    return current;
  }

  private List<Actor> organisations() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "SELECT id, name, org_kind, region, country FROM organisation WHERE withdrawn = FALSE"
                + " ORDER BY name, id")) {
      actors.put(
          (String) row[0],
          new Actor(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              null,
              null,
              emptyTerms(),
              new HashMap<>()));
    }
    addTerms(actors, "SELECT organisation_id, term FROM organisation_sector", "sectors");
    addTerms(
        actors, "SELECT organisation_id, term FROM organisation_level_of_care", "levelsOfCare");
    ITEM_TERMS.forEach(
        (scheme, table) ->
            addTerms(
                actors,
                "SELECT DISTINCT r.organisation_id, t.term FROM organisation_reference r"
                    + " JOIN item i ON i.id = r.item_id JOIN "
                    + table
                    + " t ON t.item_id = i.id WHERE i.state = 'published'",
                scheme));
    for (Object[] row :
        rows(
            "SELECT r.organisation_id, r.relation, COUNT(DISTINCT r.item_id) FROM"
                + " organisation_reference r JOIN item i ON i.id = r.item_id"
                + " WHERE i.state = 'published' GROUP BY r.organisation_id, r.relation")) {
      Actor actor = actors.get((String) row[0]);
      if (actor != null) {
        actor.counts().put((String) row[1], ((Number) row[2]).intValue());
      }
    }
    return List.copyOf(actors.values());
  }

  private List<Actor> people() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "SELECT p.id, p.name, o.region, o.country, p.orcid, p.organisation_id FROM person p"
                + " LEFT JOIN organisation o ON o.id = p.organisation_id"
                + " WHERE p.withdrawn = FALSE ORDER BY p.name, p.id")) {
      actors.put(
          (String) row[0],
          new Actor(
              (String) row[0],
              (String) row[1],
              null,
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              emptyTerms(),
              new HashMap<>()));
    }
    String work =
        "SELECT person_id, item_id FROM item_person WHERE person_id IS NOT NULL"
            + " UNION SELECT person_id, network_id FROM network_membership"
            + " WHERE person_id IS NOT NULL";
    ITEM_TERMS.forEach(
        (scheme, table) ->
            addTerms(
                actors,
                "SELECT DISTINCT w.person_id, t.term FROM ("
                    + work
                    + ") w JOIN item i ON i.id = w.item_id JOIN "
                    + table
                    + " t ON t.item_id = i.id WHERE i.state = 'published'",
                scheme));
    for (Object[] row :
        rows(
            "SELECT w.person_id, COUNT(DISTINCT w.item_id) FROM ("
                + work
                + ") w JOIN item i ON i.id = w.item_id WHERE i.state = 'published'"
                + " GROUP BY w.person_id")) {
      Actor actor = actors.get((String) row[0]);
      if (actor != null) {
        actor.counts().put("records", ((Number) row[1]).intValue());
      }
    }
    return actors.values().stream().filter(actor -> actor.activity() > 0).toList();
  }

  private static Map<String, Set<String>> emptyTerms() {
    Map<String, Set<String>> terms = new HashMap<>();
    ITEM_TERMS.keySet().forEach(scheme -> terms.put(scheme, new TreeSet<>()));
    return terms;
  }

  private void addTerms(Map<String, Actor> actors, String sql, String scheme) {
    for (Object[] row : rows(sql)) {
      Actor actor = actors.get((String) row[0]);
      if (actor != null) {
        actor.terms().get(scheme).add((String) row[1]);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
