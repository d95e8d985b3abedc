package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.account.control.AccountService;
import no.arbeidoghelse.kunnskapsbase.account.control.Sessions;
import no.arbeidoghelse.kunnskapsbase.account.control.SingleSignOn;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;

/**
 * Browser single sign-on through OpenID Connect: {@code GET /sso/login} sends the browser to the
 * identity provider, which sends it back to {@code GET /sso/callback}; a session cookie is then set
 * and the browser goes on to where it started. A short-lived cookie binds the two halves to one
 * browser, so nobody can sign a victim into an attacker's account.
 */
@Path("v1/sso")
@RequestScoped
@Transactional
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SingleSignOnResource {

  static final String STATE_COOKIE = "kb_sso_state";

  @Inject SingleSignOn sso;
  @Inject AccountService accounts;
  @Inject Sessions sessions;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  /** Whether single sign-on is available, and where it starts. */
  @GET
  public Map<String, Object> status() {
    return sso.enabled()
        ? Map.of("enabled", true, "login", "/api/v1/sso/login")
        : Map.of("enabled", false);
  }

  @GET
  @Path("login")
  public Response login(@QueryParam("returnTo") String returnTo) {
    requireEnabled();
    var start = sso.start(callback(), safeReturn(returnTo));
    return Response.seeOther(start.authorization())
        .header("Set-Cookie", stateCookie(start.state(), 600))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription) {
    requireEnabled();
    if (error != null) {
      throw ApiException.unauthorized(
          "The identity provider refused the sign-on: "
              + error
              + (errorDescription == null ? "" : " (" + errorDescription + ")")
              + ".");
    }
    var finished = sso.finish(state, browserState(), code, callback());
    var account = accounts.signedOn(finished.identity());
    var started = sessions.start(account.username());
    return Response.seeOther(URI.create(finished.returnTo()))
        .header("Set-Cookie", SessionCookies.set(started.cookieToken(), request))
        .header("Set-Cookie", stateCookie("", 0))
        .header("Cache-Control", "no-store")
        .build();
  }

  private void requireEnabled() {
    if (!sso.enabled()) {
      throw ApiException.notFound("Single sign-on is not configured on this server.");
    }
  }

  /** The address the provider sends the browser back to; registered with the provider. */
  private URI callback() {
    return Settings.publicUrl()
        .map(url -> URI.create(url + "/api/v1/sso/callback"))
        .orElseGet(() -> uriInfo.getBaseUriBuilder().path("v1/sso/callback").build());
  }

  /**
   * Only a path on this site, never an address elsewhere (no open redirect): "/" unless it starts
   * with one slash, and everything but the characters a URL path and query may hold as they are is
   * percent-encoded (UTF-8), so no character can turn into a slash or backslash on the way out.
   */
  public static String safeReturn(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.startsWith("/\\")) {
      return "/";
    }
    var safe = new StringBuilder();
    for (byte b : returnTo.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && URL_SAFE.indexOf(c) >= 0) {
        safe.append((char) c);
      } else {
        safe.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return safe.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String URL_SAFE =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%";

  private String browserState() {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (STATE_COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  private String stateCookie(String value, int maxAge) {
    return STATE_COOKIE
        + "="
        + value
        + "; Path=/api/v1/sso; HttpOnly; SameSite=Lax; Max-Age="
        + maxAge
        + (PublicAddress.overTls(request) ? "; Secure" : "");
  }
}
