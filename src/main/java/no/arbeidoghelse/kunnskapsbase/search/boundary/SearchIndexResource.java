package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/** Administration of the search index: its state, and a rebuild from the database. */
@Path("v1/admin/search-index")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SearchIndexResource {

  @Inject SearchOperations search;
  @Context SecurityContext security;

  @GET
  public SearchJson.IndexStatus status() {
    Callers.from(security).requireAdmin();
    return search.status();
  }

  /** Starts a rebuild; searches keep answering from the current index until it is done. */
  @POST
  @Path("rebuild")
  public Response rebuild() {
    Callers.from(security).requireAdmin();
    search.rebuild();
    return Response.accepted(search.status()).build();
  }
}
