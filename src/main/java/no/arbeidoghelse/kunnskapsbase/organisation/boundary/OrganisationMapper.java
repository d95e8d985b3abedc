package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.organisation.control.OrganisationNumbers;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

@ApplicationScoped
public class OrganisationMapper implements DirectoryMapper<Organisation, OrganisationJson> {

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
    directory.requireUnique(Organisation.class, "orgNumber", json.orgNumber(), organisation.id());
    organisation.describe(
        json.name().strip(),
        json.shortName(),
        json.type(),
        json.orgNumber(),
        json.website(),
        json.city(),
        json.parentId());
  }

  @Override
  public OrganisationJson toJson(Organisation o) {
    return new OrganisationJson(
        o.id(),
        o.name(),
        o.shortName(),
        o.type(),
        o.orgNumber(),
        o.website(),
        o.city(),
        o.parentId(),
        o.isWithdrawn(),
        o.createdAt(),
        o.updatedAt(),
        o.version(),
        "/api/v1/organisations/" + o.id());
  }
}
