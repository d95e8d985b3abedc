package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;

/** Who is asking: an authenticated account with its roles, or anonymous. */
public record Caller(String username, Set<Role> roles) {

  public enum Role {
    RESEARCHER,
    EDITOR,
    ADMIN;

    public String key() {
      return name().toLowerCase();
    }

    public static Role fromKey(String key) {
      for (Role role : values()) {
        if (role.key().equals(key)) {
          return role;
        }
      }
      throw new IllegalArgumentException(key);
    }
  }

  public static final Caller ANONYMOUS = new Caller(null, Set.of());

  public static Caller from(SecurityContext context) {
    if (context == null || context.getUserPrincipal() == null) {
      return ANONYMOUS;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isUserInRole(role.key())) {
        roles.add(role);
      }
    }
    return new Caller(context.getUserPrincipal().getName(), Set.copyOf(roles));
  }

  /** The caller of a servlet request (the web pages), as Jakarta Security authenticated it. */
  public static Caller from(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return ANONYMOUS;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (request.isUserInRole(role.key())) {
        roles.add(role);
      }
    }
    return new Caller(request.getUserPrincipal().getName(), Set.copyOf(roles));
  }

  public boolean isAuthenticated() {
    return username != null;
  }

  /** Editors and administrators see and change every record. */
  public boolean isEditor() {
    return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  public void requireAuthenticated() {
    if (!isAuthenticated()) {
      throw ApiException.unauthorized("Sign in (HTTP Basic) to change records.");
    }
  }

  public void requireAdmin() {
    requireAuthenticated();
    if (!isAdmin()) {
      throw ApiException.forbidden("Only an administrator may do this.");
    }
  }
}
