package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.account.control.AccountService;
import no.arbeidoghelse.kunnskapsbase.account.control.ApiTokens;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** The signed-in account itself: who am I, my password, my API tokens. */
@Path("v1/me")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService accounts;
  @Inject ApiTokens tokens;
  @Inject ApiAuthentication authentication;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;
  @Context HttpServletRequest request;

  private String username() {
    Caller caller = Callers.from(security);
    caller.requireAuthenticated();
    return caller.username();
  }

  @GET
  public UserJson me() {
    return UserJson.of(accounts.require(username()));
  }

  /**
   * Changes the caller's password; their other browser sessions end. Wrong current passwords count
   * as failed sign-ins: guessing through this call is throttled like guessing at sign-in.
   */
  @PUT
  @Path("password")
  public Response changePassword(PasswordChangeJson body) {
    String username = username();
    RequestValidation.requireValid(validator, body);
    var account = accounts.require(username);
    accounts.requireLocal(account);
    var check =
        authentication.checkPassword(
            username,
            body.currentPassword(),
            no.arbeidoghelse.kunnskapsbase.platform.web.ClientAddress.of(request));
    if (check.failure() != null && check.failure().status() == 429) {
      return AuthenticationFailures.answer(check.failure());
    }
    accounts.changePassword(
        account,
        check.failure() == null ? body.currentPassword() : null,
        body.newPassword(),
        ApiAuthentication.sessionCookie(request),
        Boolean.TRUE.equals(body.revokeTokens()));
    return Response.noContent().build();
  }

  @GET
  @Path("tokens")
  public List<TokenJson> tokens() {
    return tokens.of(username()).stream().map(token -> TokenJson.of(token, null)).toList();
  }

  /** A new token, shown in this answer only. */
  @POST
  @Path("tokens")
  public Response createToken(NewTokenJson body) {
    String username = username();
    RequestValidation.requireValid(validator, body);
    var created = tokens.create(username, body.name().strip(), body.expiresInDays());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.token().id()).build())
        .entity(TokenJson.of(created.token(), created.secret()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(@PathParam("id") String id) {
    tokens.revoke(username(), id);
    return Response.noContent().build();
  }
}
