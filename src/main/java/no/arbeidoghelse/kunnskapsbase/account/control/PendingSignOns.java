package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;

/**
 * Single sign-ons under way, in the database ({@code sign_on_pending}), so that the identity
 * provider's answer may come back to any instance behind the load balancer. Each is taken once.
 */
@ApplicationScoped
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
public class PendingSignOns {

  /** What a sign-in under way must remember until the provider answers. */
  public record Pending(String nonce, String verifier, String returnTo, Instant expires) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public PendingSignOns() {}

  PendingSignOns(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void put(String state, Pending pending) {
    try (Connection c = dataSource.getConnection()) {
      try (var s = c.prepareStatement("DELETE FROM sign_on_pending WHERE expires_at < ?")) {
        s.setTimestamp(1, Timestamp.from(Instant.now()));
        s.executeUpdate();
      }
      try (var s =
          c.prepareStatement(
              "INSERT INTO sign_on_pending (state_hash, nonce, verifier, return_to, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, SecretTokens.sha256(state));
        s.setString(2, pending.nonce());
        s.setString(3, pending.verifier());
        s.setString(4, pending.returnTo());
        s.setTimestamp(5, Timestamp.from(pending.expires()));
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the sign-on under way: " + e.getMessage(), e);
    }
  }

  /** The sign-in under way for this state, removed; empty when unknown or taken already. */
  public Optional<Pending> take(String state) {
    String key = SecretTokens.sha256(state);
    try (Connection c = dataSource.getConnection()) {
      Pending found = null;
      try (var s =
          c.prepareStatement(
              "SELECT nonce, verifier, return_to, expires_at FROM sign_on_pending"
                  + " WHERE state_hash = ?")) {
        s.setString(1, key);
        try (var rows = s.executeQuery()) {
          if (rows.next()) {
            found =
                new Pending(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getTimestamp(4).toInstant());
          }
        }
      }
      try (var s = c.prepareStatement("DELETE FROM sign_on_pending WHERE state_hash = ?")) {
        s.setString(1, key);
        // of two answers with the same state at once, only the one that removes it goes on
        return found != null && s.executeUpdate() == 1 ? Optional.of(found) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the sign-on under way: " + e.getMessage(), e);
    }
  }
}
