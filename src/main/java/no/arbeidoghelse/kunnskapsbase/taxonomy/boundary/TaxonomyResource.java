package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;

@Path("v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

  @Inject Taxonomy taxonomy;

  @GET
  public Schemes taxonomy() {
    var definition = taxonomy.definition();
    return new Schemes(definition.sectors(), definition.levelsOfCare(), definition.topics());
  }

  /** The classification schemes (the value lists show as the fields' enums in OpenAPI). */
  public record Schemes(
      List<TaxonomyTerm> sectors, List<TaxonomyTerm> levelsOfCare, List<TaxonomyTerm> topics) {}
}
