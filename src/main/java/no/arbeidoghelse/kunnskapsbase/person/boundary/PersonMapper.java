package no.arbeidoghelse.kunnskapsbase.person.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.person.control.Orcids;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

@ApplicationScoped
public class PersonMapper implements DirectoryMapper<Person, PersonJson> {

  @Override
  public Class<Person> entityClass() {
    return Person.class;
  }

  @Override
  public Person newEntity(String id, String owner, Instant now) {
    return new Person(id, owner, now);
  }

  @Override
  public void apply(PersonJson json, Person person, DirectoryService directory) {
    if (json.orcid() != null && !Orcids.isValid(json.orcid())) {
      throw ApiException.invalidField(
          "orcid", "'" + json.orcid() + "' fails the ORCID iD's check digit");
    }
    if (json.organisationId() != null
        && !directory.exists(Organisation.class, json.organisationId())) {
      throw ApiException.invalidField(
          "organisationId", "no organisation with id '" + json.organisationId() + "'");
    }
    directory.requireUnique(Person.class, "orcid", json.orcid(), person.id());
    person.describe(json.name().strip(), json.orcid(), json.email(), json.organisationId());
  }

  @Override
  public PersonJson toJson(Person p) {
    return new PersonJson(
        p.id(),
        p.name(),
        p.orcid(),
        p.email(),
        p.organisationId(),
        p.isWithdrawn(),
        p.createdAt(),
        p.updatedAt(),
        p.version(),
        "/api/v1/people/" + p.id(),
        null,
        null);
  }
}
