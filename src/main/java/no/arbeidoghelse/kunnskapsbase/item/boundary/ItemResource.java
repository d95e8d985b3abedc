package no.arbeidoghelse.kunnskapsbase.item.boundary;

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
import no.arbeidoghelse.kunnskapsbase.document.boundary.DocumentOperations;
import no.arbeidoghelse.kunnskapsbase.document.boundary.ItemDocuments;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Caller;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Page;
import no.arbeidoghelse.kunnskapsbase.platform.rest.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchJson;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchOperations;

/**
 * The REST verbs of an item collection; each item type's resource names its path and mapper. Thin:
 * parameters in, {@link ItemOperations} does the work, HTTP headers out.
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public abstract class ItemResource<E extends Item, J extends ItemJson> {

  @Inject protected ItemOperations operations;
  @Inject protected DocumentOperations documents;
  @Inject protected SearchOperations search;
  @Context protected HttpHeaders headers;
  @Context protected SecurityContext security;
  @Context protected UriInfo uriInfo;

  protected abstract ItemMapper<E, J> mapper();

  protected Caller caller() {
    return Caller.from(security);
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

  @DELETE
  @Path("{id}")
  public Response withdraw(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    operations.withdraw(mapper(), id, ifMatch, caller());
    return Response.noContent().build();
  }

  /** The item's documents: list and upload. */
  @Path("{id}/documents")
  public ItemDocuments documents(@PathParam("id") String id) {
    return new ItemDocuments(
        documents,
        mapper().entityClass(),
        id,
        caller(),
        headers == null ? -1 : headers.getLength());
  }

  /** Published records (or others the caller may see) most like this one. */
  @GET
  @Path("{id}/related")
  public SearchJson.Related related(@PathParam("id") String id) {
    operations.read(mapper(), id, caller());
    return search.related(id, caller());
  }

  @POST
  @Path("{id}/restore")
  public Response restore(@PathParam("id") String id) {
    J json = operations.restore(mapper(), id, caller());
    return Response.ok(json).tag(Versions.tag(json.version)).build();
  }
}
