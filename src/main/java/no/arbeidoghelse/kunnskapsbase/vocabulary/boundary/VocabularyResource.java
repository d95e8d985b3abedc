package no.arbeidoghelse.kunnskapsbase.vocabulary.boundary;

import jakarta.enterprise.context.RequestScoped;
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
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * The field's vocabulary: synonyms and abbreviations that searches use on top of the packed default
 * in {@code index-config/}. Everyone reads it; editors change it, and every change is kept.
 */
@Path("v1/vocabulary")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class VocabularyResource {

  @Inject VocabularyViews views;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  private Caller caller() {
    return Callers.from(security);
  }

  @GET
  public Page<VocabularyEntryJson> list(
      @QueryParam("language") String language,
      @QueryParam("q") String containing,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return views.entries(language, containing, PageRequest.of(page, size));
  }

  @POST
  public Response create(VocabularyEntryJson body) {
    var created = views.add(body, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .tag(Versions.tag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("history")
  public Page<VocabularyChangeJson> history(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return views.history(null, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    var json = views.entry(id);
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @PUT
  @Path("{id}")
  public Response change(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      VocabularyEntryJson body) {
    var json = views.change(id, ifMatch, body, caller());
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    views.remove(id, ifMatch, caller());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/history")
  public Page<VocabularyChangeJson> entryHistory(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return views.history(id, PageRequest.of(page, size));
  }
}
