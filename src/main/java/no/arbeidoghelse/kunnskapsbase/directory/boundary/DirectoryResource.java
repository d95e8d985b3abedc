package no.arbeidoghelse.kunnskapsbase.directory.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** The REST verbs of a directory collection (organisations, people). */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public abstract class DirectoryResource<E extends DirectoryEntry, J extends DirectoryJson> {

  @Inject protected DirectoryOperations operations;
  @Context protected SecurityContext security;
  @Context protected UriInfo uriInfo;

  protected abstract DirectoryMapper<E, J> mapper();

  private Caller caller() {
    return Callers.from(security);
  }

  @GET
  public Page<J> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("withdrawn") boolean withdrawn) {
    return operations.list(mapper(), caller(), PageRequest.of(page, size), withdrawn);
  }

  @POST
  public Response create(J json) {
    J created = operations.create(mapper(), json, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .tag(Versions.tag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    J json = operations.read(mapper(), id, caller());
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, J json) {
    J updated = operations.update(mapper(), id, json, ifMatch, caller());
    return Response.ok(updated).tag(Versions.tag(updated.version())).build();
  }

  @DELETE
  @Path("{id}")
  public Response withdraw(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    operations.withdraw(mapper(), id, ifMatch, caller());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  public Response restore(@PathParam("id") String id) {
    J json = operations.restore(mapper(), id, caller());
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }
}
