package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the matched resource method's path template ({@code /api/v1/projects/{id}}) in the request
 * attribute {@link #ATTRIBUTE}, so request metrics count by route, never by path.
 */
@Provider
public class RouteTemplate implements ContainerRequestFilter {

  public static final String ATTRIBUTE = "kb.route";
  private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    Method method = resource.getResourceMethod();
    if (method != null) {
      request.setAttribute(
          ATTRIBUTE,
          TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
    }
  }

  private static String template(Class<?> type, Method method) {
    StringBuilder template = new StringBuilder("/api");
    for (Path path :
        new Path[] {type.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
      if (path != null) {
        String value = path.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
          template.append('/').append(value.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"));
        }
      }
    }
    return template.toString();
  }
}
