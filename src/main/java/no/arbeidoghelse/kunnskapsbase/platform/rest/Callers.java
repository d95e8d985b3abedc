package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** The caller of a request, as Jakarta Security authenticated it. */
public final class Callers {

  private Callers() {}

  /** The caller of a REST request. */
  public static Caller from(SecurityContext context) {
    if (context == null || context.getUserPrincipal() == null) {
      return Caller.ANONYMOUS;
    }
    return Caller.of(context.getUserPrincipal().getName(), context::isUserInRole);
  }

  /** The caller of a servlet request (the web pages). */
  public static Caller from(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return Caller.ANONYMOUS;
    }
    return Caller.of(request.getUserPrincipal().getName(), request::isUserInRole);
  }
}
