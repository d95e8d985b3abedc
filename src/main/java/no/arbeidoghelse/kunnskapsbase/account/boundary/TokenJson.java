package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.account.entity.ApiToken;

/**
 * An API token as its owner sees it. {@code token} is only present in the answer that created it.
 */
@JsonbPropertyOrder({"id", "name", "token", "createdAt", "expiresAt", "lastUsedAt"})
public record TokenJson(
    String id,
    String name,
    String token,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt) {

  static TokenJson of(ApiToken token, String secret) {
    return new TokenJson(
        token.id(), token.name(), secret, token.createdAt(), token.expiresAt(), token.lastUsedAt());
  }
}
