package no.arbeidoghelse.kunnskapsbase.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A browser session after sign-in. The cookie carries a random token; only its SHA-256 is stored,
 * so a copy of the database cannot be used to take over sessions. Each session has its own CSRF
 * token, which state-changing requests must echo.
 */
@Entity
@Table(name = "account_session")
public class AccountSession {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "csrf_token", nullable = false, length = 43)
  private String csrfToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AccountSession() {}

  public AccountSession(
      String tokenHash, String username, String csrfToken, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.csrfToken = csrfToken;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public String username() {
    return username;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
