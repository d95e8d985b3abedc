package no.arbeidoghelse.kunnskapsbase.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.publication.entity.Publication;

@Path("v1/publications")
@RequestScoped
public class PublicationsResource extends ItemResource<Publication, PublicationJson> {

  @Inject PublicationKind publications;

  @Override
  protected ItemMapper<Publication, PublicationJson> mapper() {
    return publications;
  }
}
