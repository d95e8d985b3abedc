package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API under {@code /api}. Jersey's generated WADL (at {@code application.wadl} and as the
 * answer to {@code OPTIONS}) is off: the API is described by the OpenAPI document, and the WADL
 * named the server's version.
 */
@ApplicationPath("/api")
@DeclareRoles({"researcher", "editor", "admin"})
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
