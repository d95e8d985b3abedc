package no.arbeidoghelse.kunnskapsbase.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token: the account it acts for, a name its owner chose, and the SHA-256 of the
 * token (the token itself is shown once, when created, and never stored).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  public ApiToken(
      String id,
      String username,
      String name,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.username = username;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public void usedAt(Instant now) {
    this.lastUsedAt = now;
  }
}
