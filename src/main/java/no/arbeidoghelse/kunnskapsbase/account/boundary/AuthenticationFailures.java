package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import no.arbeidoghelse.kunnskapsbase.account.control.ApiAuthentication;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problems;

/** Answers 401 (problem+json) to API requests whose credentials were wrong. */
@Provider
@PreMatching
public class AuthenticationFailures implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest != null
        && servletRequest.getAttribute(ApiAuthentication.FAILURE_ATTRIBUTE) instanceof String why) {
      request.abortWith(Problems.response(401, why));
    }
  }
}
