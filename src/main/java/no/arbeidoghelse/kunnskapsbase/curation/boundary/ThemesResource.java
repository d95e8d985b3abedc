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
import no.arbeidoghelse.kunnskapsbase.curation.entity.Theme;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Theme collections, by id or slug. Everyone reads them with their published records; editors add
 * {@code ?all=true} to see every record in them, and change them.
 */
@Path("v1/themes")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class ThemesResource {

  @Inject Curation curation;
  @Inject CurationViews views;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  private Caller caller() {
    return Callers.from(security);
  }

  @GET
  public List<ThemeJson> themes(@QueryParam("all") String all) {
    return views.themes(CurationRequests.all(all, caller()));
  }

  @GET
  @Path("{idOrSlug}")
  public ThemeJson theme(@PathParam("idOrSlug") String idOrSlug, @QueryParam("all") String all) {
    return views.theme(idOrSlug, CurationRequests.all(all, caller()));
  }

  @POST
  public Response createTheme(ThemeInputJson body) {
    ThemeJson theme = views.createTheme(body, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(theme.id()).build())
        .entity(theme)
        .build();
  }

  @PUT
  @Path("{idOrSlug}")
  public ThemeJson changeTheme(@PathParam("idOrSlug") String idOrSlug, ThemeInputJson body) {
    Curation.requireEditor(caller());
    Theme existing = curation.requireTheme(idOrSlug);
    RequestValidation.requireValid(validator, body);
    Theme theme = views.saveTheme(existing, body, caller());
    return views.json(theme);
  }

  @DELETE
  @Path("{idOrSlug}")
  public Response deleteTheme(@PathParam("idOrSlug") String idOrSlug) {
    views.deleteTheme(idOrSlug, caller());
    return Response.noContent().build();
  }
}
