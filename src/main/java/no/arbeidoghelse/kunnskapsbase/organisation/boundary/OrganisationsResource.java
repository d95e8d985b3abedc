package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryResource;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;

@Path("v1/organisations")
@RequestScoped
public class OrganisationsResource extends DirectoryResource<Organisation, OrganisationJson> {

  @Inject OrganisationMapper organisations;

  @Override
  protected DirectoryMapper<Organisation, OrganisationJson> mapper() {
    return organisations;
  }
}
