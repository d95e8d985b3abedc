package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/** Accounts: creating, changing, and checking passwords (salted PBKDF2-HMAC-SHA256). */
@ApplicationScoped
public class AccountService {

  public static final String ADMIN = "admin";

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  private final VerifiedPasswords verifiedPasswords = new VerifiedPasswords();
  private volatile String unknownUserHash;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public Optional<Account> find(String username) {
    return Optional.ofNullable(em.find(Account.class, username));
  }

  public Account require(String username) {
    return find(username)
        .orElseThrow(() -> ApiException.notFound("No user with username '" + username + "'."));
  }

  /**
   * The account if the password is right and the account enabled. Every HTTP Basic request
   * authenticates, and PBKDF2 is deliberately slow, so a recent successful check is remembered (see
   * {@link VerifiedPasswords}); the account is still read each time, so disabling it or changing
   * the password takes effect at once.
   */
  public Optional<Account> authenticate(String username, char[] password) {
    Optional<Account> account = find(username);
    if (account.isEmpty()) {
      // as slow as a wrong password, so timing does not tell which usernames exist
      passwordHash.verify(password, unknownUserHash());
      return Optional.empty();
    }
    return account
        .filter(Account::isEnabled)
        .filter(
            a ->
                verifiedPasswords.remembers(a.passwordHash(), password)
                    || rememberIfRight(a.passwordHash(), password));
  }

  private String unknownUserHash() {
    if (unknownUserHash == null) {
      unknownUserHash = hash(SecretTokens.random());
    }
    return unknownUserHash;
  }

  /** Changes the caller's own password; the current one must be given. */
  public void changePassword(Account account, String current, String replacement) {
    if (!Account.LOCAL.equals(account.origin())) {
      throw ApiException.conflict(
          "This account signs in through single sign-on and has no password here.");
    }
    if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      throw ApiException.invalidField("currentPassword", "is not your current password");
    }
    if (replacement.equals(current)) {
      throw ApiException.invalidField("newPassword", "must differ from the current password");
    }
    account.setPasswordHash(hash(replacement));
    em.flush();
  }

  private boolean rememberIfRight(String storedHash, char[] password) {
    boolean right = passwordHash.verify(password, storedHash);
    if (right) {
      verifiedPasswords.remember(storedHash, password);
    }
    return right;
  }

  public Account create(
      String username,
      String password,
      String displayName,
      String email,
      Collection<String> roles) {
    if (find(username).isPresent()) {
      throw ApiException.conflict("The username '" + username + "' is taken.");
    }
    var account = new Account(username, hash(password), Instant.now());
    account.setProfile(displayName, email);
    account.setRoles(roles);
    em.persist(account);
    em.flush();
    return account;
  }

  public Account update(
      Account account,
      String password,
      String displayName,
      String email,
      Collection<String> roles,
      Boolean enabled) {
    if (password != null) {
      account.setPasswordHash(hash(password));
    }
    account.setProfile(
        displayName == null ? account.displayName() : displayName,
        email == null ? account.email() : email);
    if (roles != null) {
      account.setRoles(roles);
    }
    if (enabled != null) {
      account.setEnabled(enabled);
    }
    em.flush();
    return account;
  }

  public List<Account> list(int offset, int limit) {
    return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  /** Creates the administrator, or resets its password and role, from configuration. */
  public void bootstrapAdmin(String password) {
    find(ADMIN)
        .ifPresentOrElse(
            admin -> update(admin, password, null, null, List.of(ADMIN), true),
            () -> create(ADMIN, password, "Administrator", null, List.of(ADMIN)));
  }

  private String hash(String password) {
    return passwordHash.generate(password.toCharArray());
  }

  /**
   * The account for someone the identity provider signed in: created on first sign-on, its name,
   * e-mail and roles kept in step with the provider afterwards. A local account of the same name is
   * never taken over, and a disabled account stays disabled.
   */
  public Account signedOn(SingleSignOn.Identity identity) {
    Optional<Account> existing = find(identity.username());
    if (existing.isPresent() && !Account.OIDC.equals(existing.get().origin())) {
      throw ApiException.conflict(
          "A local account named '"
              + identity.username()
              + "' already exists; an administrator must resolve the clash before single sign-on"
              + " can use that name.");
    }
    if (existing.isPresent() && !existing.get().isEnabled()) {
      throw ApiException.forbidden("This account is disabled.");
    }
    Account account =
        existing.orElseGet(
            () -> {
              var created =
                  new Account(identity.username(), hash(SecretTokens.random()), Instant.now());
              created.setOrigin(Account.OIDC);
              em.persist(created);
              return created;
            });
    account.setProfile(identity.displayName(), identity.email());
    account.setRoles(identity.roles());
    em.flush();
    return account;
  }
}
