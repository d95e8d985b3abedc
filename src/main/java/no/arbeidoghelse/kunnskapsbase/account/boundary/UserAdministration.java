package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.account.control.AccountService;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * What administrators do with accounts, for the API and the admin page alike: list, create, change
 * roles, profile, password and whether an account is enabled. An administrator cannot disable or
 * demote themself (someone must be left to undo it).
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

  static final Set<String> ROLES =
      Arrays.stream(Caller.Role.values()).map(Caller.Role::key).collect(Collectors.toSet());

  @Inject AccountService accounts;
  @Inject Validator validator;

  public Page<UserJson> list(PageRequest request, Caller caller) {
    caller.requireAdmin();
    return Page.of(
        accounts.list(request.offset(), request.size()).stream().map(UserJson::of).toList(),
        accounts.count(),
        request);
  }

  public UserJson read(String username, Caller caller) {
    caller.requireAdmin();
    return UserJson.of(accounts.require(username));
  }

  public UserJson create(NewUserJson body, Caller caller) {
    caller.requireAdmin();
    RequestValidation.requireValid(validator, body);
    requireKnownRoles(body.roles());
    return UserJson.of(
        accounts.create(
            body.username(),
            body.password(),
            body.displayName().strip(),
            body.email(),
            body.roles().stream().distinct().toList()));
  }

  public UserJson update(String username, UserChangeJson body, Caller caller) {
    caller.requireAdmin();
    RequestValidation.requireValid(validator, body);
    requireKnownRoles(body.roles());
    var account = accounts.require(username);
    if (username.equals(caller.username())
        && (Boolean.FALSE.equals(body.enabled())
            || (body.roles() != null && !body.roles().contains("admin")))) {
      throw ApiException.conflict("Administrators cannot disable or demote themselves.");
    }
    return UserJson.of(
        accounts.update(
            account,
            body.password(),
            body.displayName(),
            body.email(),
            body.roles() == null ? null : body.roles().stream().distinct().toList(),
            body.enabled(),
            Boolean.TRUE.equals(body.revokeTokens())));
  }

  private static void requireKnownRoles(List<String> roles) {
    if (roles == null) {
      return;
    }
    for (String role : roles) {
      if (!ROLES.contains(role)) {
        throw ApiException.invalidField(
            "roles", "unknown role '" + role + "'; must be one of researcher, editor, admin");
      }
    }
  }
}
