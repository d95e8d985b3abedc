package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyDefinition;

@Path("v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

  @Inject Taxonomy taxonomy;

  @GET
  public TaxonomyDefinition taxonomy() {
    return taxonomy.definition();
  }
}
