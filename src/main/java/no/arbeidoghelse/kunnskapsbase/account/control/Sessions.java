package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;
import no.arbeidoghelse.kunnskapsbase.account.entity.AccountSession;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/**
 * Browser sessions, kept in the database so they survive restarts and work behind several servers.
 * A session lasts {@link Settings#sessionDuration()} from sign-in.
 */
@ApplicationScoped
@Transactional
public class Sessions {

  @PersistenceContext EntityManager em;

  /** A new session: the cookie token (never stored) and the session's CSRF token. */
  public record Started(String cookieToken, AccountSession session) {}

  public record Active(Account account, AccountSession session) {}

  public Started start(String username) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    em.createQuery("DELETE FROM AccountSession s WHERE s.expiresAt <= :now")
        .setParameter("now", now)
        .executeUpdate();
    String cookieToken = SecretTokens.random();
    var session =
        new AccountSession(
            SecretTokens.sha256(cookieToken),
            username,
            SecretTokens.random(),
            now,
            now.plus(Settings.sessionDuration()));
    em.persist(session);
    em.flush();
    return new Started(cookieToken, session);
  }

  /** The session and its enabled account for a cookie token, if it is current. */
  public Optional<Active> find(String cookieToken) {
    if (cookieToken == null || cookieToken.length() != 43) {
      return Optional.empty();
    }
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return Optional.ofNullable(em.find(AccountSession.class, SecretTokens.sha256(cookieToken)))
        .filter(session -> !session.isExpired(now))
        .flatMap(
            session ->
                Optional.ofNullable(em.find(Account.class, session.username()))
                    .filter(Account::isEnabled)
                    .map(account -> new Active(account, session)));
  }

  public void end(String cookieToken) {
    if (cookieToken != null) {
      em.createQuery("DELETE FROM AccountSession s WHERE s.tokenHash = :h")
          .setParameter("h", SecretTokens.sha256(cookieToken))
          .executeUpdate();
    }
  }

  /** Ends every session of an account but the one given (after a password change). */
  public void endOthers(String username, String keepCookieToken) {
    em.createQuery("DELETE FROM AccountSession s WHERE s.username = :u AND s.tokenHash <> :keep")
        .setParameter("u", username)
        .setParameter("keep", keepCookieToken == null ? "" : SecretTokens.sha256(keepCookieToken))
        .executeUpdate();
  }
}
