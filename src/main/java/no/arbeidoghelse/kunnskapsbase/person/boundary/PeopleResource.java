package no.arbeidoghelse.kunnskapsbase.person.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryResource;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;

@Path("v1/people")
@RequestScoped
public class PeopleResource extends DirectoryResource<Person, PersonJson> {

  @Inject PersonMapper people;

  @Override
  protected DirectoryMapper<Person, PersonJson> mapper() {
    return people;
  }
}
