package no.arbeidoghelse.kunnskapsbase.account.boundary;

import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;

/** An account as shown to administrators (and to its holder); never the password. */
public record UserJson(
    String username,
    String displayName,
    String email,
    List<String> roles,
    boolean enabled,
    String origin,
    Instant createdAt) {

  static UserJson of(Account account) {
    return new UserJson(
        account.username(),
        account.displayName(),
        account.email(),
        List.copyOf(account.roles()),
        account.isEnabled(),
        account.origin(),
        account.createdAt());
  }
}
