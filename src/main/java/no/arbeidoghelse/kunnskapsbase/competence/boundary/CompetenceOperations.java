package no.arbeidoghelse.kunnskapsbase.competence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.competence.control.CompetenceMap;
import no.arbeidoghelse.kunnskapsbase.competence.control.CompetenceSearch;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;

/** Finding on the competence map, with the filters checked against the taxonomy. */
@ApplicationScoped
@Transactional
public class CompetenceOperations {

  static final int LIMIT = 200;

  /** The filters as given; blank means any. */
  public record Filters(
      String sector, String level, String topic, String region, String kind, String text) {}

  @Inject CompetenceMap map;
  @Inject Taxonomy taxonomy;

  public CompetenceNetworkJson find(Filters filters) {
    List<FieldError> errors = new ArrayList<>();
    String sector = key(filters.sector(), "sector", taxonomy.keys(TaxonomyScheme.SECTOR), errors);
    String level =
        key(filters.level(), "level", taxonomy.keys(TaxonomyScheme.LEVEL_OF_CARE), errors);
    String topic = key(filters.topic(), "topic", taxonomy.keys(TaxonomyScheme.TOPIC), errors);
    String region =
        key(filters.region(), "region", Set.copyOf(taxonomy.valueKeys("regions")), errors);
    String kind =
        key(filters.kind(), "kind", Set.copyOf(taxonomy.valueKeys("organisationKinds")), errors);
    if (filters.text() != null && filters.text().length() > 200) {
      errors.add(new FieldError("q", "may be at most 200 characters"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    var result =
        CompetenceSearch.find(
            map.snapshot(),
            new CompetenceSearch.Query(
                sector,
                level,
                topic == null ? null : narrower(topic),
                region,
                kind,
                filters.text()),
            LIMIT);
    return new CompetenceNetworkJson(
        new CompetenceNetworkJson.Found(
            result.organisationsTotal(),
            result.organisations().stream().map(a -> json(a, "organisation")).toList()),
        new CompetenceNetworkJson.Found(
            result.peopleTotal(), result.people().stream().map(a -> json(a, "person")).toList()),
        result.facets());
  }

  /** The topic and every topic below it. */
  private Set<String> narrower(String topic) {
    return taxonomy.definition().scheme(TaxonomyScheme.TOPIC).stream()
        .flatMap(TaxonomyTerm::selfAndDescendants)
        .filter(term -> term.key().equals(topic))
        .flatMap(TaxonomyTerm::selfAndDescendants)
        .map(TaxonomyTerm::key)
        .collect(Collectors.toSet());
  }

  private static String key(
      String value, String parameter, Set<String> known, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String key = value.strip();
    if (!known.contains(key)) {
      errors.add(new FieldError(parameter, "unknown key '" + key + "'; see GET /api/v1/taxonomy"));
    }
    return key;
  }

  private static CompetenceNetworkJson.ActorJson json(CompetenceMap.Actor a, String type) {
    boolean organisation = type.equals("organisation");
    return new CompetenceNetworkJson.ActorJson(
        a.id(),
        type,
        a.name(),
        a.kind(),
        a.region(),
        a.country(),
        a.orcid(),
        a.organisationId(),
        List.copyOf(a.terms().get("sectors")),
        List.copyOf(a.terms().get("levelsOfCare")),
        List.copyOf(a.terms().get("topics")),
        a.counts(),
        (organisation ? "/api/v1/organisations/" : "/api/v1/people/") + a.id(),
        (organisation ? "/organisasjoner/" : "/personer/") + a.id());
  }
}
