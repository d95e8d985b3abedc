package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.account.control.ApiTokens;
import no.arbeidoghelse.kunnskapsbase.account.control.AuthenticationFailure;
import no.arbeidoghelse.kunnskapsbase.account.control.SecretTokens;
import no.arbeidoghelse.kunnskapsbase.account.control.Sessions;
import no.arbeidoghelse.kunnskapsbase.account.control.SignInThrottle;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;
import no.arbeidoghelse.kunnskapsbase.account.entity.Usernames;

/**
 * Who is asking, on every request: HTTP Basic, a personal API token ({@code Authorization: Bearer
 * kbt_...}) or a browser session cookie. Requests without any go on anonymously (reading is open).
 * Refused credentials are not answered here, where only a bare servlet error page could be sent:
 * the request carries an {@link AuthenticationFailure} that the API answers as a problem document.
 *
 * <p>Cookies are sent by browsers on their own, so a request authenticated by the session cookie
 * that changes anything must also carry the session's CSRF token in {@value #CSRF_HEADER}; a
 * request from another site cannot know it.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

  public static final String SESSION_COOKIE = "kb_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";

  /** The session of a cookie-authenticated request, for the session resource. */
  public static final String SESSION_ATTRIBUTE = "kb.session";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject IdentityStoreHandler identityStores;
  @Inject ApiTokens tokens;
  @Inject Sessions sessions;
  @Inject SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && !header.isBlank()) {
      if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return basic(header.substring(6).trim(), request, context);
      }
      if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return bearer(header.substring(7).trim(), request, context);
      }
      return refuse(
          request,
          context,
          AuthenticationFailure.unauthorized(
              "Use HTTP Basic or an API token (Authorization: Bearer kbt_...)."));
    }
    String cookie = sessionCookie(request);
    return cookie == null ? context.doNothing() : session(cookie, request, context);
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return refuse(
          request,
          context,
          AuthenticationFailure.unauthorized("The Basic credentials are malformed."));
    }
    var check =
        checkPassword(
            decoded.substring(0, colon),
            decoded.substring(colon + 1),
            no.arbeidoghelse.kunnskapsbase.platform.web.ClientAddress.of(request));
    if (check.failure() != null) {
      return refuse(request, context, check.failure());
    }
    return context.notifyContainerAboutLogin(check.username(), check.roles());
  }

  /**
   * The outcome of a password check: the account's canonical username and roles, or why it was
   * refused.
   */
  public record PasswordCheck(String username, Set<String> roles, AuthenticationFailure failure) {}

  /**
   * Checks a password, subject to the sign-in throttle. The same answer for an unknown username, a
   * wrong password and a disabled account, so answers do not tell which usernames exist. The
   * throttle counts by the canonical username, so "Rita" and "rita" share one count, and a name no
   * account can have (such as "rita " with a space) never reaches an account.
   */
  public PasswordCheck checkPassword(String given, String password, String address) {
    String username = Usernames.canonical(given).orElse(given);
    Optional<Duration> wait = throttle.waitBefore(username, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + 1);
      return new PasswordCheck(
          username,
          Set.of(),
          new AuthenticationFailure(
              429, "Too many failed sign-ins. Try again in " + seconds + " seconds.", seconds));
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      return new PasswordCheck(
          username,
          Set.of(),
          AuthenticationFailure.unauthorized("Wrong username or password, or account disabled."));
    }
    throttle.succeeded(username);
    return new PasswordCheck(
        result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), null);
  }

  private AuthenticationStatus bearer(
      String token, HttpServletRequest request, HttpMessageContext context) {
    Optional<Account> account = tokens.authenticate(token);
    if (account.isEmpty()) {
      return refuse(
          request,
          context,
          AuthenticationFailure.unauthorized("The API token is unknown, revoked or expired."));
    }
    return context.notifyContainerAboutLogin(
        account.get().username(), Set.copyOf(account.get().roles()));
  }

  private AuthenticationStatus session(
      String cookie, HttpServletRequest request, HttpMessageContext context) {
    var active = sessions.find(cookie);
    if (active.isEmpty()) {
      // an ended or expired session reads as anonymous; changes then ask for sign-in
      return context.doNothing();
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !SecretTokens.same(csrfToken(request), active.get().session().csrfToken())) {
      return refuse(
          request,
          context,
          new AuthenticationFailure(
              403,
              "A change made with a signed-in browser session must carry the session's CSRF token"
                  + " in the "
                  + CSRF_HEADER
                  + " header.",
              0));
    }
    request.setAttribute(SESSION_ATTRIBUTE, active.get().session());
    Account account = active.get().account();
    return context.notifyContainerAboutLogin(account.username(), Set.copyOf(account.roles()));
  }

  /**
   * The CSRF token a request carries: the header (scripts), or the {@value #CSRF_FIELD} field of a
   * web form (in the body of a url-encoded form, in the query of a multipart one).
   */
  private static String csrfToken(HttpServletRequest request) {
    String header = request.getHeader(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = request.getContentType();
    boolean form =
        type == null
            || type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data");
    return form && !request.getRequestURI().startsWith("/api/")
        ? request.getParameter(CSRF_FIELD)
        : null;
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context, AuthenticationFailure failure) {
    request.setAttribute(AuthenticationFailure.ATTRIBUTE, failure);
    return context.doNothing();
  }

  public static String sessionCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (SESSION_COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }
}
