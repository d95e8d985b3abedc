package no.arbeidoghelse.kunnskapsbase.competence.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import no.arbeidoghelse.kunnskapsbase.competence.control.CompetenceMap.Actor;

/**
 * Finds actors on the competence map: every filter given must hold (a topic also matches its
 * narrower topics), the most active first; and counts, per filter value, how many of the
 * organisations found have it, so a visitor sees where to narrow down.
 */
public final class CompetenceSearch {

  /** The filters; null means any. {@code topics} is the chosen topic and its narrower ones. */
  public record Query(
      String sector, String level, Set<String> topics, String region, String kind, String text) {}

  /** Actors found (each list cut at {@code limit}), the totals, and the organisations' facets. */
  public record Result(
      List<Actor> organisations,
      long organisationsTotal,
      List<Actor> people,
      long peopleTotal,
      Map<String, Map<String, Long>> facets) {}

  /** The facets, each with the value(s) an actor has for it. */
  static final Map<String, Function<Actor, Set<String>>> FACETS =
      Map.of(
          "sector", a -> a.terms().get("sectors"),
          "level", a -> a.terms().get("levelsOfCare"),
          "topic", a -> a.terms().get("topics"),
          "region", a -> a.region() == null ? Set.of() : Set.of(a.region()),
          "kind", a -> a.kind() == null ? Set.of() : Set.of(a.kind()));

  private CompetenceSearch() {}

  public static Result find(CompetenceMap.Snapshot map, Query query, int limit) {
    Predicate<Actor> matches = matcher(query);
    Comparator<Actor> order =
        Comparator.comparingInt(Actor::activity)
            .reversed()
            .thenComparing(Actor::name, Collator.getInstance(Locale.forLanguageTag("nb")));
    List<Actor> organisations = map.organisations().stream().filter(matches).sorted(order).toList();
    // people have no kind of their own: the kind filter leaves them out
    List<Actor> people =
        query.kind() != null
            ? List.of()
            : map.people().stream().filter(matches).sorted(order).toList();
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    FACETS.forEach(
        (facet, values) -> {
          Map<String, Long> counts = new TreeMap<>();
          organisations.forEach(a -> values.apply(a).forEach(v -> counts.merge(v, 1L, Long::sum)));
          facets.put(facet, counts);
        });
    return new Result(
        organisations.stream().limit(limit).toList(),
        organisations.size(),
        people.stream().limit(limit).toList(),
        people.size(),
        facets);
  }

  private static Predicate<Actor> matcher(Query query) {
    String text = query.text() == null ? null : query.text().strip().toLowerCase(Locale.ROOT);
    return actor ->
        (query.sector() == null || actor.terms().get("sectors").contains(query.sector()))
            && (query.level() == null || actor.terms().get("levelsOfCare").contains(query.level()))
            && (query.topics() == null
                || actor.terms().get("topics").stream().anyMatch(query.topics()::contains))
            && (query.region() == null || query.region().equals(actor.region()))
            && (query.kind() == null || query.kind().equals(actor.kind()))
            && (text == null
                || text.isEmpty()
                || actor.name().toLowerCase(Locale.ROOT).contains(text));
  }
}
