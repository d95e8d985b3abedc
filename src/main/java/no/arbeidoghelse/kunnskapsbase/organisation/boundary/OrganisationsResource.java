package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryResource;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;

@Path("v1/organisations")
@RequestScoped
public class OrganisationsResource extends DirectoryResource<Organisation, OrganisationJson> {

  @Inject OrganisationMapper organisations;

  @Inject OrganisationProfiles profiles;

  /** The organisation with its profile: its people, records, programmes, networks and events. */
  @Override
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    OrganisationJson json = profiles.read(id, Callers.from(security));
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @Override
  protected DirectoryMapper<Organisation, OrganisationJson> mapper() {
    return organisations;
  }
}
