package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.account.control.AccountService;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Caller;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Page;
import no.arbeidoghelse.kunnskapsbase.platform.rest.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;

@Path("v1")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  private static final Set<String> ROLES =
      Arrays.stream(Caller.Role.values()).map(Caller.Role::key).collect(Collectors.toSet());

  @Inject AccountService accounts;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @GET
  @Path("users")
  public Page<UserJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    Caller.from(security).requireAdmin();
    var request = PageRequest.of(page, size);
    return Page.of(
        accounts.list(request.offset(), request.size()).stream().map(UserJson::of).toList(),
        accounts.count(),
        request);
  }

  @GET
  @Path("users/{username}")
  public UserJson read(@PathParam("username") String username) {
    Caller.from(security).requireAdmin();
    return UserJson.of(accounts.require(username));
  }

  @POST
  @Path("users")
  public Response create(NewUserJson body) {
    Caller.from(security).requireAdmin();
    RequestValidation.requireValid(validator, body);
    requireKnownRoles(body.roles());
    var account =
        accounts.create(
            body.username(),
            body.password(),
            body.displayName().strip(),
            body.email(),
            body.roles().stream().distinct().toList());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(account.username()).build())
        .entity(UserJson.of(account))
        .build();
  }

  @PUT
  @Path("users/{username}")
  public UserJson update(@PathParam("username") String username, UserChangeJson body) {
    Caller caller = Caller.from(security);
    caller.requireAdmin();
    RequestValidation.requireValid(validator, body);
    requireKnownRoles(body.roles());
    var account = accounts.require(username);
    if (username.equals(caller.username())
        && (Boolean.FALSE.equals(body.enabled())
            || (body.roles() != null && !body.roles().contains("admin")))) {
      throw ApiException.conflict("Administrators cannot disable or demote themselves.");
    }
    return UserJson.of(
        accounts.update(
            account,
            body.password(),
            body.displayName(),
            body.email(),
            body.roles() == null ? null : body.roles().stream().distinct().toList(),
            body.enabled()));
  }

  private static void requireKnownRoles(List<String> roles) {
    if (roles == null) {
      return;
    }
    for (String role : roles) {
      if (!ROLES.contains(role)) {
        throw ApiException.invalidField(
            "roles", "unknown role '" + role + "'; must be one of researcher, editor, admin");
      }
    }
  }
}
