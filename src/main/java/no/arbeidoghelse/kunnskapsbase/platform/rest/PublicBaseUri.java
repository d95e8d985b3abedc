package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;

/**
 * Makes the API's absolute addresses ({@code Location} of what is created) use the {@link
 * PublicAddress}, not whatever {@code Host} the request named.
 */
@Provider
@PreMatching
public class PublicBaseUri implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest == null) {
      return;
    }
    String origin = PublicAddress.origin(servletRequest);
    var info = request.getUriInfo();
    URI base = info.getBaseUri();
    URI requested = info.getRequestUri();
    String prefix = URI.create(origin).getRawPath();
    request.setRequestUri(
        URI.create(origin(origin) + prefix + base.getRawPath()),
        URI.create(
            origin(origin)
                + prefix
                + requested.getRawPath()
                + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())));
  }

  /** Scheme, host and port of an origin that may carry a path prefix. */
  private static String origin(String withPrefix) {
    URI uri = URI.create(withPrefix);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
