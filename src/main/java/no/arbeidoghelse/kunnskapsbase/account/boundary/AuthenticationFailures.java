package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import no.arbeidoghelse.kunnskapsbase.account.control.AuthenticationFailure;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problems;

/**
 * Answers API requests whose credentials were refused (401), that were throttled (429 with
 * Retry-After) or that lacked the CSRF token (403), as problem documents.
 */
@Provider
@PreMatching
public class AuthenticationFailures implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest != null
        && servletRequest.getAttribute(AuthenticationFailure.ATTRIBUTE)
            instanceof AuthenticationFailure failure) {
      request.abortWith(answer(failure));
    }
  }

  /** The problem answer to a refused or throttled sign-in. */
  public static Response answer(AuthenticationFailure failure) {
    var answer = Response.fromResponse(Problems.response(failure.status(), failure.detail()));
    if (failure.retryAfterSeconds() > 0) {
      answer.header("Retry-After", failure.retryAfterSeconds());
    }
    return answer.build();
  }
}
