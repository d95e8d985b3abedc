package no.arbeidoghelse.kunnskapsbase.platform.security;

import java.util.EnumSet;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * Who is asking: an authenticated account with its roles, or anonymous. The edges read it off the
 * request ({@code platform.rest.Callers}); everything inside gets it as a value.
 */
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

  /** An account's caller with the roles it holds, by their keys. */
  public static Caller of(String username, java.util.function.Predicate<String> hasRole) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (hasRole.test(role.key())) {
        roles.add(role);
      }
    }
    return new Caller(username, Set.copyOf(roles));
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
      throw DomainException.notSignedIn("Sign in (HTTP Basic) to change records.");
    }
  }

  public void requireAdmin() {
    requireAuthenticated();
    if (!isAdmin()) {
      throw DomainException.notAllowed("Only an administrator may do this.");
    }
  }
}
