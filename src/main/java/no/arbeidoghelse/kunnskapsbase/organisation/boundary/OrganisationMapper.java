package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.organisation.control.OrganisationNumbers;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;

@ApplicationScoped
public class OrganisationMapper implements DirectoryMapper<Organisation, OrganisationJson> {

  @Inject Taxonomy taxonomy;

  public OrganisationMapper() {}

  /** Outside the container (tests). */
  public OrganisationMapper(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public Class<Organisation> entityClass() {
    return Organisation.class;
  }

  @Override
  public Organisation newEntity(String id, String owner, Instant now) {
    return new Organisation(id, owner, now);
  }

  @Override
  public void apply(OrganisationJson json, Organisation organisation, DirectoryService directory) {
    if (json.orgNumber() != null && !OrganisationNumbers.isValid(json.orgNumber())) {
      throw ApiException.invalidField(
          "orgNumber", "'" + json.orgNumber() + "' fails the organisation number's check digit");
    }
    if (json.parentId() != null) {
      if (json.parentId().equals(organisation.id())) {
        throw ApiException.invalidField("parentId", "an organisation cannot be its own parent");
      }
      if (!directory.exists(Organisation.class, json.parentId())) {
        throw ApiException.invalidField(
            "parentId", "no organisation with id '" + json.parentId() + "'");
      }
    }
    List<FieldError> unknown = new ArrayList<>();
    unknown.addAll(taxonomy.unknownKeys(TaxonomyScheme.SECTOR, orEmpty(json.sectors())));
    unknown.addAll(
        taxonomy.unknownKeys(TaxonomyScheme.LEVEL_OF_CARE, orEmpty(json.levelsOfCare())));
    if (!unknown.isEmpty()) {
      throw ApiException.invalid(unknown);
    }
    directory.requireUnique(Organisation.class, "orgNumber", json.orgNumber(), organisation.id());
    organisation.describe(
        json.name().strip(),
        json.shortName(),
        json.type(),
        json.orgNumber(),
        json.website(),
        json.city(),
        json.parentId());
    organisation.place(
        json.kind(),
        json.country() == null && json.region() != null ? "NO" : json.country(),
        json.region(),
        orEmpty(json.sectors()),
        orEmpty(json.levelsOfCare()));
  }

  private static List<String> orEmpty(List<String> keys) {
    return keys == null ? List.of() : keys.stream().map(String::strip).distinct().toList();
  }

  @Override
  public OrganisationJson toJson(Organisation o) {
    return new OrganisationJson(
        o.id(),
        o.name(),
        o.shortName(),
        o.type(),
        o.kind(),
        o.country(),
        o.region(),
        List.copyOf(o.sectors()),
        List.copyOf(o.levelsOfCare()),
        o.orgNumber(),
        o.website(),
        o.city(),
        o.parentId(),
        o.isWithdrawn(),
        o.createdAt(),
        o.updatedAt(),
        o.version(),
        "/api/v1/organisations/" + o.id(),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
