package no.arbeidoghelse.kunnskapsbase.person.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryResource;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;

@Path("v1/people")
@RequestScoped
public class PeopleResource extends DirectoryResource<Person, PersonJson> {

  @Inject PersonMapper people;

  @Inject PersonProfiles profiles;

  /** The person with their work: the records that name them, their network memberships. */
  @Override
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    PersonJson json = profiles.read(id, Callers.from(security));
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @Override
  protected DirectoryMapper<Person, PersonJson> mapper() {
    return people;
  }
}
