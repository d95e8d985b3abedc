package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;
import no.arbeidoghelse.kunnskapsbase.account.entity.ApiToken;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/** Personal API tokens: created and revoked by their owner, presented as a Bearer token. */
@ApplicationScoped
@Transactional
public class ApiTokens {

  /** Prefix that makes a leaked token recognisable (secret scanners, logs). */
  static final String PREFIX = "kbt_";

  private static final int MAX_PER_ACCOUNT = 50;

  /** Last use is written at most this often, so reading with a token is not a write each time. */
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;

  /** A new token and the token itself, which is shown this once. */
  public record Created(ApiToken token, String secret) {}

  public Created create(String username, String name, Integer expiresInDays) {
    long existing =
        em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.username = :u", Long.class)
            .setParameter("u", username)
            .getSingleResult();
    if (existing >= MAX_PER_ACCOUNT) {
      throw DomainException.conflict(
          "An account can have at most " + MAX_PER_ACCOUNT + " tokens; revoke one first.");
    }
    String secret = PREFIX + SecretTokens.random();
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    var token =
        new ApiToken(
            UUID.randomUUID().toString(),
            username,
            name,
            SecretTokens.sha256(secret),
            now,
            expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays)));
    em.persist(token);
    em.flush();
    return new Created(token, secret);
  }

  public List<ApiToken> of(String username) {
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.username = :u ORDER BY t.createdAt DESC",
            ApiToken.class)
        .setParameter("u", username)
        .getResultList();
  }

  public void revoke(String username, String id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !token.username().equals(username)) {
      throw DomainException.notFound("You have no token with id '" + id + "'.");
    }
    em.remove(token);
    em.flush();
  }

  /** Revokes every token of an account (with a password change that suspects a leak). */
  public void revokeAll(String username) {
    em.createQuery("DELETE FROM ApiToken t WHERE t.username = :u")
        .setParameter("u", username)
        .executeUpdate();
  }

  /** The enabled account a presented token acts for, if the token is valid. */
  public Optional<Account> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
        .setParameter("h", SecretTokens.sha256(secret))
        .getResultStream()
        .findFirst()
        .filter(token -> !token.isExpired(now))
        .flatMap(
            token -> {
              if (token.lastUsedAt() == null
                  || token.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                token.usedAt(now);
              }
              return Optional.ofNullable(em.find(Account.class, token.username()));
            })
        .filter(Account::isEnabled);
  }
}
