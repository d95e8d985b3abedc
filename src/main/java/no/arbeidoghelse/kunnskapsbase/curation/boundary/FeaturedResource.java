package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.curation.control.Curation;
import no.arbeidoghelse.kunnskapsbase.curation.entity.FeaturedRecord;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Featured records. Everyone reads what is current; editors add {@code ?all=true} to see every
 * entry, including those outside their dates and records that are not published, and change them.
 */
@Path("v1/featured")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class FeaturedResource {

  @Inject Curation curation;
  @Inject CurationViews views;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  private Caller caller() {
    return Callers.from(security);
  }

  @GET
  public List<FeaturedJson> featured(@QueryParam("all") String all) {
    return views.featured(CurationRequests.all(all, caller()));
  }

  @GET
  @Path("{id}")
  public FeaturedJson featuredEntry(@PathParam("id") String id) {
    Curation.requireEditor(caller());
    FeaturedRecord entry = curation.requireFeatured(id);
    return views.json(entry);
  }

  @POST
  public Response feature(FeaturedInputJson body) {
    FeaturedJson entry = views.feature(body, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(entry.id()).build())
        .entity(entry)
        .build();
  }

  @PUT
  @Path("{id}")
  public FeaturedJson changeFeatured(@PathParam("id") String id, FeaturedInputJson body) {
    Curation.requireEditor(caller());
    FeaturedRecord existing = curation.requireFeatured(id);
    RequestValidation.requireValid(validator, body);
    FeaturedRecord entry = views.saveFeatured(existing, body, caller());
    return views.json(entry);
  }

  @DELETE
  @Path("{id}")
  public Response unfeature(@PathParam("id") String id) {
    views.unfeature(id, caller());
    return Response.noContent().build();
  }
}
