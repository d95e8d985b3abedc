package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/** The editors' review queue: everything submitted and not yet decided, oldest first. */
@Path("v1/review-queue")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReviewQueueResource {

  @Inject ItemOperations operations;
  @Context SecurityContext security;

  @GET
  public Page<ReviewQueueEntryJson> queue(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return operations.reviewQueue(PageRequest.of(page, size), Callers.from(security));
  }
}
