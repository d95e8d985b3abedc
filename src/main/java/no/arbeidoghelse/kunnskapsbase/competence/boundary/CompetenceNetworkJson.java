package no.arbeidoghelse.kunnskapsbase.competence.boundary;

import java.util.List;
import java.util.Map;

/**
 * The competence network map as JSON: organisations and people found, most active first, with what
 * they work on and how much; and per filter, how many of the organisations found have each value.
 */
public record CompetenceNetworkJson(
    Found organisations, Found people, Map<String, Map<String, Long>> facets) {

  /** Up to the first 200 found, and how many there are. */
  public record Found(long total, List<ActorJson> items) {}

  /**
   * An organisation or a person. Counts: {@code records}, {@code programmes}, {@code networks},
   * {@code events} (organisations), {@code records} (people, their records and networks together).
   */
  public record ActorJson(
      String id,
      String type,
      String name,
      String kind,
      String region,
      String country,
      String orcid,
      String organisationId,
      List<String> sectors,
      List<String> levelsOfCare,
      List<String> topics,
      Map<String, Integer> counts,
      String url,
      String page) {}
}
