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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.account.control.AccountService;
import no.arbeidoghelse.kunnskapsbase.account.control.Sessions;
import no.arbeidoghelse.kunnskapsbase.account.entity.AccountSession;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;

/**
 * Browser sign-in: {@code POST /session} with username and password sets the session cookie ({@code
 * HttpOnly}, {@code SameSite=Lax}, {@code Secure} behind TLS) and answers the CSRF token; {@code
 * GET /session} tells who is signed in; {@code DELETE /session} signs out.
 */
@Path("v1/session")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject AccountService accounts;
  @Inject Sessions sessions;
  @Inject ApiAuthentication authentication;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @POST
  public Response signIn(SignInJson body) {
    RequestValidation.requireValid(validator, body);
    var check =
        authentication.checkPassword(
            body.username(),
            body.password(),
            no.arbeidoghelse.kunnskapsbase.platform.web.ClientAddress.of(request));
    if (check.failure() != null) {
      return AuthenticationFailures.answer(check.failure());
    }
    var started = sessions.start(check.username());
    return Response.ok(json(started.session()))
        .header("Set-Cookie", SessionCookies.set(started.cookieToken(), request))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  public Response current() {
    if (!(request.getAttribute(ApiAuthentication.SESSION_ATTRIBUTE)
        instanceof AccountSession session)) {
      throw ApiException.unauthorized("No browser session: sign in with POST /api/v1/session.");
    }
    return Response.ok(json(session)).header("Cache-Control", "no-store").build();
  }

  @DELETE
  public Response signOut() {
    sessions.end(ApiAuthentication.sessionCookie(request));
    return Response.noContent().header("Set-Cookie", SessionCookies.clear(request)).build();
  }

  private SessionJson json(AccountSession session) {
    return new SessionJson(
        UserJson.of(accounts.require(session.username())),
        session.csrfToken(),
        session.expiresAt());
  }
}
