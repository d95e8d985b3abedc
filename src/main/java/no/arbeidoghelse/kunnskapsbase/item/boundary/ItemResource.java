package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * The REST verbs of an item collection; each item type's resource names its path and mapper. Thin:
 * parameters in, {@link ItemOperations} does the work, HTTP headers out.
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public abstract class ItemResource<E extends Item, J extends ItemJson> {

  @Inject protected ItemOperations operations;
  @Inject protected ItemSatellites satellites;
  @Context protected HttpHeaders headers;
  @Context protected SecurityContext security;
  @Context protected UriInfo uriInfo;

  protected abstract ItemMapper<E, J> mapper();

  protected Caller caller() {
    return Callers.from(security);
  }

  @GET
  public Page<J> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("state") String state) {
    return operations.list(mapper(), caller(), PageRequest.of(page, size), state);
  }

  @POST
  public Response create(J json) {
    J created = operations.create(mapper(), json, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id).build())
        .tag(Versions.tag(created.version))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    J json = operations.read(mapper(), id, caller());
    return Response.ok(json).tag(Versions.tag(json.version)).build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, J json) {
    J updated = operations.update(mapper(), id, json, ifMatch, caller());
    return Response.ok(updated).tag(Versions.tag(updated.version)).build();
  }

  /** Withdraws the item (the same as {@code POST {id}/withdraw}). */
  @DELETE
  @Path("{id}")
  public Response withdraw(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    operations.take(mapper(), id, WorkflowAction.WITHDRAW, null, ifMatch, caller());
    return Response.noContent().build();
  }

  /**
   * A workflow action: {@code submit}, {@code publish}, {@code return} (with a comment), {@code
   * unpublish}, {@code withdraw} or {@code restore}. The body is optional.
   */
  @POST
  @Path("{id}/{action:submit|publish|return|unpublish|withdraw|restore}")
  public Response take(
      @PathParam("id") String id,
      @PathParam("action") String action,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WorkflowCommentJson body) {
    J json =
        operations.take(
            mapper(),
            id,
            WorkflowAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)),
            body == null ? null : body.comment(),
            ifMatch,
            caller());
    return Response.ok(json).tag(Versions.tag(json.version)).build();
  }

  @POST
  @Path("{id}/co-owners")
  public Response addCoOwner(@PathParam("id") String id, CoOwnerJson body) {
    if (body == null) {
      throw ApiException.badRequest("Send {\"username\": \"...\"}.");
    }
    J json = operations.addCoOwner(mapper(), id, body.username(), caller());
    return Response.ok(json).tag(Versions.tag(json.version)).build();
  }

  @DELETE
  @Path("{id}/co-owners/{username}")
  public Response removeCoOwner(
      @PathParam("id") String id, @PathParam("username") String username) {
    J json = operations.removeCoOwner(mapper(), id, username, caller());
    return Response.ok(json).tag(Versions.tag(json.version)).build();
  }

  /** What a satellite (documents, history, related records) answers below the record. */
  @Path("{id}/{satellite}")
  public Object satellite(@PathParam("id") String id, @PathParam("satellite") String segment) {
    return satellites
        .at(segment)
        .map(satellite -> satellite.resource(mapper(), id, caller(), headers))
        .orElseThrow(NotFoundException::new);
  }
}
