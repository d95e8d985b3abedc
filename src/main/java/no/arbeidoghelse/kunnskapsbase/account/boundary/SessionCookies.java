package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.servlet.http.HttpServletRequest;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;

/**
 * The session cookie's header. Written by hand because the servlet cookie API cannot set {@code
 * SameSite} portably. {@code Secure} whenever the browser reached us over TLS, directly or through
 * a proxy that says so.
 */
public final class SessionCookies {

  private SessionCookies() {}

  public static String set(String token, HttpServletRequest request) {
    return ApiAuthentication.SESSION_COOKIE
        + "="
        + token
        + "; Path=/; HttpOnly; SameSite=Lax; Max-Age="
        + Settings.sessionDuration().toSeconds()
        + (PublicAddress.overTls(request) ? "; Secure" : "");
  }

  public static String clear(HttpServletRequest request) {
    return ApiAuthentication.SESSION_COOKIE
        + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
        + (PublicAddress.overTls(request) ? "; Secure" : "");
  }
}
