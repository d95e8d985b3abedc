package no.arbeidoghelse.kunnskapsbase.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Set;

/**
 * Times every request and counts it by method, route and status. The route is the API's path
 * template when JAX-RS matched one, else the servlet mapping's pattern (pages), else "static"
 * (files) — never the path itself, which would make a series per record.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {

  /** Methods counted by name; anything else is "other", so no client can add series. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** The request attribute JAX-RS fills with the matched template (platform.rest.RouteTemplate). */
  private static final String ROUTE = "kb.route";

  @Inject Metrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long begin = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
      metrics.request(method, route(request), response.getStatus(), System.nanoTime() - begin);
    }
  }

  private static String route(HttpServletRequest request) {
    if (request.getAttribute(ROUTE) instanceof String template) {
      return template;
    }
    var mapping = request.getHttpServletMapping();
    if (mapping == null || mapping.getMappingMatch() == MappingMatch.DEFAULT) {
      return "static";
    }
    String pattern = mapping.getPattern();
    return pattern.isEmpty() ? "/" : pattern;
  }
}
