package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.web.ServerTiming;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * Full-text search with facets, and suggestions while typing. One instance serves every request
 * (the request's context comes as parameters): creating and injecting a resource per request was a
 * twentieth of a search's processor time.
 */
@ApplicationScoped
@Path("v1/search")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SearchResource {

  @Inject SearchOperations search;
  @Inject Taxonomy taxonomy;

  /** The answer carries the time spent searching in a {@code Server-Timing} header. */
  @GET
  public Response search(@Context UriInfo uriInfo, @Context SecurityContext security) {
    long begin = System.nanoTime();
    var request = new SearchParameters(taxonomy).read(uriInfo.getQueryParameters());
    var result = search.search(request, Callers.from(security));
    return Response.ok(result).header("Server-Timing", ServerTiming.since("search", begin)).build();
  }

  @GET
  @Path("suggest")
  public SearchJson.Suggestions suggest(@QueryParam("q") String q) {
    if (q == null) {
      throw ApiException.invalidField("q", "give the start of a word or title");
    }
    return search.suggest(q);
  }
}
