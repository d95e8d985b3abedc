package no.arbeidoghelse.kunnskapsbase.competence.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/** {@code /api/v1/competence-network}: who works on what, found by sector, level, topic, region. */
@Path("v1/competence-network")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CompetenceNetworkResource {

  @Inject CompetenceOperations competence;

  @GET
  public CompetenceNetworkJson find(
      @QueryParam("sector") String sector,
      @QueryParam("level") String level,
      @QueryParam("topic") String topic,
      @QueryParam("region") String region,
      @QueryParam("kind") String kind,
      @QueryParam("q") String text) {
    return competence.find(
        new CompetenceOperations.Filters(sector, level, topic, region, kind, text));
  }
}
