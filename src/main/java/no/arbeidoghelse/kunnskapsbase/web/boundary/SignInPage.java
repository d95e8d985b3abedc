package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.account.boundary.ApiAuthentication;
import no.arbeidoghelse.kunnskapsbase.account.boundary.SessionCookies;
import no.arbeidoghelse.kunnskapsbase.account.boundary.SingleSignOnResource;
import no.arbeidoghelse.kunnskapsbase.account.control.Sessions;
import no.arbeidoghelse.kunnskapsbase.account.control.SingleSignOn;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/**
 * The sign-in form: username and password (the same checks and throttling as the API), or single
 * sign-on when it is configured. Success sets the session cookie and goes back to where the visitor
 * came from. A form posted from another site is refused, so nobody can sign a visitor into someone
 * else's account.
 */
@WebServlet(urlPatterns = "/logg-inn")
public class SignInPage extends Page {

  @Inject ApiAuthentication authentication;
  @Inject Sessions sessions;
  @Inject SingleSignOn sso;

  @Override
  protected View view(Visit visit) {
    return form(visit, visit.request().getParameter("returnTo"), null, null);
  }

  private View form(Visit visit, String returnTo, String username, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("returnTo", SingleSignOnResource.safeReturn(returnTo));
    model.put("username", username == null ? "" : username);
    model.put("error", error);
    model.put("sso", sso.enabled());
    return new View("signin", visit.text("signin.title"), model);
  }

  @Override
  protected Outcome submit(Visit visit) {
    HttpServletRequest request = visit.request();
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equals(absolute(request, ""))) {
      throw ApiException.forbidden(visit.text("error.refused"));
    }
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    String returnTo = SingleSignOnResource.safeReturn(request.getParameter("returnTo"));
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Outcome.show(form(visit, returnTo, username, visit.text("signin.missing")), 400);
    }
    var check =
        authentication.checkPassword(
            username.strip(),
            password,
            no.arbeidoghelse.kunnskapsbase.platform.web.ClientAddress.of(request));
    if (check.failure() != null) {
      String message =
          check.failure().status() == 429
              ? visit.text("signin.wait", check.failure().retryAfterSeconds())
              : visit.text("signin.wrong");
      return Outcome.show(form(visit, returnTo, username, message), check.failure().status());
    }
    var started = sessions.start(check.username());
    visit.response().addHeader("Set-Cookie", SessionCookies.set(started.cookieToken(), request));
    return Outcome.redirect(returnTo.equals("/") ? "/mine" : returnTo);
  }

  /** Sign-out: ends the session (the form carries the CSRF token) and clears the cookie. */
  @WebServlet(urlPatterns = "/logg-ut")
  public static class SignOut extends Page {

    @Inject Sessions sessions;

    @Override
    protected View view(Visit visit) {
      throw new ApiException(405, visit.text("error.method"));
    }

    @Override
    protected Outcome submit(Visit visit) {
      sessions.end(ApiAuthentication.sessionCookie(visit.request()));
      visit.response().addHeader("Set-Cookie", SessionCookies.clear(visit.request()));
      return Outcome.redirect("/");
    }
  }
}
