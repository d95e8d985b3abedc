package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

@Path("v1")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserAdministration users;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @GET
  @Path("users")
  public Page<UserJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return users.list(PageRequest.of(page, size), Callers.from(security));
  }

  @GET
  @Path("users/{username}")
  public UserJson read(@PathParam("username") String username) {
    return users.read(username, Callers.from(security));
  }

  @POST
  @Path("users")
  public Response create(NewUserJson body) {
    var user = users.create(body, Callers.from(security));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.username()).build())
        .entity(user)
        .build();
  }

  @PUT
  @Path("users/{username}")
  public UserJson update(@PathParam("username") String username, UserChangeJson body) {
    return users.update(username, body, Callers.from(security));
  }
}
