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
import no.arbeidoghelse.kunnskapsbase.account.entity.Usernames;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/** Accounts: creating, changing, and checking passwords (salted PBKDF2-HMAC-SHA256). */
@ApplicationScoped
public class AccountService {

  public static final String ADMIN = "admin";

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject Sessions sessions;
  @Inject ApiTokens tokens;
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

  /** The account of a username in any spelling that reduces to its canonical form. */
  public Optional<Account> find(String username) {
    return Usernames.canonical(username).map(name -> em.find(Account.class, name));
  }

  public Account require(String username) {
    return find(username)
        .orElseThrow(() -> DomainException.notFound("No user with username '" + username + "'."));
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

  /**
   * Changes the caller's own password; the current one must be given. Every other browser session
   * of the account ends (the one given stays), and with {@code revokeTokens} its API tokens too.
   */
  public void changePassword(
      Account account,
      String current,
      String replacement,
      String keepSessionCookie,
      boolean revokeTokens) {
    requireLocal(account);
    if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      throw DomainException.invalidField("currentPassword", "is not your current password");
    }
    if (replacement.equals(current)) {
      throw DomainException.invalidField("newPassword", "must differ from the current password");
    }
    account.setPasswordHash(hash(replacement));
    sessions.endOthers(account.username(), keepSessionCookie);
    if (revokeTokens) {
      tokens.revokeAll(account.username());
    }
    em.flush();
  }

  /** Refuses accounts that sign in through single sign-on only: they have no password here. */
  public void requireLocal(Account account) {
    if (!Account.LOCAL.equals(account.origin())) {
      throw DomainException.conflict(
          "This account signs in through single sign-on and has no password here.");
    }
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
      throw DomainException.conflict("The username '" + username + "' is taken.");
    }
    var account = new Account(username, hash(password), Instant.now());
    account.setProfile(displayName, email);
    account.setRoles(roles);
    em.persist(account);
    em.flush();
    return account;
  }

  /**
   * Changes what is given (null: left as it is). A new password ends every browser session of the
   * account, and with {@code revokeTokens} its API tokens too: whoever knew the old password, or
   * took over a session, is out.
   */
  public Account update(
      Account account,
      String password,
      String displayName,
      String email,
      Collection<String> roles,
      Boolean enabled,
      boolean revokeTokens) {
    if (password != null && !passwordHash.verify(password.toCharArray(), account.passwordHash())) {
      account.setPasswordHash(hash(password));
      sessions.endOthers(account.username(), null);
    }
    if (revokeTokens) {
      tokens.revokeAll(account.username());
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
            admin -> update(admin, password, null, null, List.of(ADMIN), true, false),
            () -> create(ADMIN, password, "Administrator", null, List.of(ADMIN)));
  }

  private String hash(String password) {
    return passwordHash.generate(password.toCharArray());
  }

  /**
   * The account for someone the identity provider signed in, found by the provider's issuer and
   * subject: created on first sign-on, its name, e-mail and roles kept in step with the provider
   * afterwards. The provider's username only names a new account; when another account has that
   * name already, the new one gets the name with a number ("ola.nordmann-2"), so a second person
   * with a colliding name never signs into someone else's account. A local account of the same name
   * is never taken over, and a disabled account stays disabled. Accounts made by single sign-on
   * before accounts were bound (no issuer and subject yet) are bound to the first person who signs
   * on with their name.
   */
  public Account signedOn(SingleSignOn.Identity identity) {
    String key = identity.key();
    Account account =
        em.createQuery("SELECT a FROM Account a WHERE a.oidcKey = :key", Account.class)
            .setParameter("key", key)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> unboundAccountFor(identity));
    if (!account.isEnabled()) {
      throw DomainException.notAllowed("This account is disabled.");
    }
    account.setProfile(identity.displayName(), identity.email());
    account.setRoles(identity.roles());
    em.flush();
    return account;
  }

  private Account unboundAccountFor(SingleSignOn.Identity identity) {
    Optional<Account> existing = find(identity.username());
    if (existing.isPresent() && !Account.OIDC.equals(existing.get().origin())) {
      throw DomainException.conflict(
          "A local account named '"
              + identity.username()
              + "' already exists; an administrator must resolve the clash before single sign-on"
              + " can use that name.");
    }
    Account account;
    if (existing.isPresent() && !existing.get().isBoundToIdentity()) {
      account = existing.get();
    } else {
      account =
          new Account(freeName(identity.username()), hash(SecretTokens.random()), Instant.now());
      account.setOrigin(Account.OIDC);
      em.persist(account);
    }
    account.bindIdentity(identity.issuer(), identity.subject(), identity.key());
    return account;
  }

  /** The name itself when no account has it, else the first free "name-2", "name-3", ... */
  private String freeName(String name) {
    if (find(name).isEmpty()) {
      return name;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = name.substring(0, Math.min(name.length(), 64 - suffix.length())) + suffix;
      if (find(candidate).isEmpty()) {
        return candidate;
      }
    }
  }
}
