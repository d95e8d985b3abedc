package no.arbeidoghelse.kunnskapsbase.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A user account. The password is only ever stored as a salted PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {

  public static final String LOCAL = "local";
  public static final String OIDC = "oidc";

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 320)
  private String email;

  @Column(nullable = false)
  private boolean enabled;

  /** {@code local} (signs in with a password) or {@code oidc} (through single sign-on only). */
  @Column(nullable = false, length = 10)
  private String origin = LOCAL;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For single sign-on accounts: the identity provider that signs this person in. */
  @Column(name = "oidc_issuer", length = 500)
  private String oidcIssuer;

  /** For single sign-on accounts: who the person is at {@link #oidcIssuer} ("sub"). */
  @Column(name = "oidc_subject", length = 255)
  private String oidcSubject;

  /** {@link #oidcKey(String, String)} of issuer and subject: unique, compared exactly. */
  @Column(name = "oidc_key", length = 64)
  private String oidcKey;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  private Set<String> roles = new TreeSet<>();

  protected Account() {}

  public Account(String username, String passwordHash, Instant now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.enabled = true;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public String origin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  /** Whether single sign-on has bound this account to a person at an identity provider. */
  public boolean isBoundToIdentity() {
    return oidcKey != null;
  }

  /** Binds the account to the person the identity provider knows by this issuer and subject. */
  public void bindIdentity(String issuer, String subject, String key) {
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
    this.oidcKey = key;
  }

  public Set<String> roles() {
    return roles;
  }

  public void setProfile(String displayName, String email) {
    this.displayName = displayName;
    this.email = email;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public void setRoles(Collection<String> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }
}
