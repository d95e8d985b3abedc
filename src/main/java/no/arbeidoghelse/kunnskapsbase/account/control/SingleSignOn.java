package no.arbeidoghelse.kunnskapsbase.account.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE), so the service can sit
 * behind the identity provider an institution already has. The provider is found through its
 * discovery document; ID tokens are checked for signature (the provider's published keys), issuer,
 * audience, expiry and nonce before anyone is signed in.
 *
 * <p>Sign-ins in progress are kept in the database for {@link #PENDING_FOR} ({@link
 * PendingSignOns}): the answer may come back to any instance.
 */
@ApplicationScoped
public class SingleSignOn {

  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
  static final Duration PENDING_FOR = Duration.ofMinutes(10);
  private static final Set<String> ROLES = Set.of("researcher", "editor", "admin");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  @jakarta.inject.Inject PendingSignOns pending;
  private volatile Provider provider;

  /** Where the browser goes to sign in, and the state that binds the answer to this browser. */
  public record Start(URI authorization, String state) {}

  /** Who the identity provider says signed in. */
  /**
   * Who the provider signed in: {@code issuer} and {@code subject} say who the person is; the
   * username is only the name a new account is given.
   */
  public record Identity(
      String issuer,
      String subject,
      String username,
      String displayName,
      String email,
      Set<String> roles) {

    /** Issuer and subject as one key that compares exactly on every database collation. */
    public String key() {
      return SecretTokens.sha256(issuer + "\n" + subject);
    }
  }

  private record Provider(
      URI authorizationEndpoint, URI tokenEndpoint, DefaultJWTProcessor<SecurityContext> tokens) {}

  public boolean enabled() {
    return Settings.oidcIssuer().isPresent();
  }

  public Start start(URI redirectUri, String returnTo) {
    Provider idp = provider();
    Instant now = Instant.now();
    String state = SecretTokens.random();
    String nonce = SecretTokens.random();
    String verifier = SecretTokens.random();
    pending.put(
        state, new PendingSignOns.Pending(nonce, verifier, returnTo, now.plus(PENDING_FOR)));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", Settings.oidcClientId());
    query.put("redirect_uri", redirectUri.toString());
    query.put("scope", "openid profile email");
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("code_challenge", challenge(verifier));
    query.put("code_challenge_method", "S256");
    String separator = idp.authorizationEndpoint().getRawQuery() == null ? "?" : "&";
    return new Start(URI.create(idp.authorizationEndpoint() + separator + form(query)), state);
  }

  /** The path to return to after a sign-in in progress, consumed with it. */
  public record Finished(Identity identity, String returnTo) {}

  public Finished finish(String state, String browserState, String code, URI redirectUri) {
    PendingSignOns.Pending started = state == null ? null : pending.take(state).orElse(null);
    if (started == null
        || started.expires().isBefore(Instant.now())
        || !SecretTokens.same(state, browserState)) {
      throw DomainException.invalid(
          "This sign-on answer does not belong to a sign-in started in this browser, or it took"
              + " longer than "
              + PENDING_FOR.toMinutes()
              + " minutes. Start again.");
    }
    if (code == null || code.isBlank()) {
      throw DomainException.invalid("The identity provider's answer has no authorization code.");
    }
    Provider idp = provider();
    String idToken = exchange(idp, code, started.verifier(), redirectUri);
    JWTClaimsSet claims;
    try {
      claims = idp.tokens().process(idToken, null);
    } catch (Exception e) {
      LOG.warning(() -> "Refused an ID token: " + e.getMessage());
      throw DomainException.notSignedIn(
          "The identity provider's ID token is not valid here: " + e.getMessage());
    }
    if (!SecretTokens.same(String.valueOf(claims.getClaim("nonce")), started.nonce())) {
      throw DomainException.notSignedIn("The ID token was not issued for this sign-in (nonce).");
    }
    return new Finished(identity(claims), started.returnTo());
  }

  static Identity identity(JWTClaimsSet claims) {
    String subject = claims.getSubject();
    Object name = claims.getClaim(Settings.oidcUsernameClaim());
    String username = username(name instanceof String s ? s : null, subject);
    Object displayName = claims.getClaim("name");
    Object email = claims.getClaim("email");
    return new Identity(
        claims.getIssuer(),
        subject,
        username,
        displayName instanceof String s && !s.isBlank() ? s : username,
        email instanceof String s && s.contains("@") ? s : null,
        roles(claims.getClaim(Settings.oidcRoleClaim())));
  }

  /**
   * A username within the account rules (3–64 of a–z, 0–9, '.', '_', '-') made from the provider's
   * claim, or from the subject when the claim is missing or unusable.
   */
  static String username(String claim, String subject) {
    String name =
        claim == null
            ? ""
            : claim
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-")
                .replaceAll("^[^a-z0-9]+", "");
    if (name.length() > 64) {
      name = name.substring(0, 64);
    }
    if (name.length() < 3) {
      name = "sso-" + SecretTokens.sha256(subject).substring(0, 16);
    }
    return name;
  }

  /** Known roles named by the role claim (a list, or one string); researcher if none. */
  static Set<String> roles(Object claim) {
    Collection<?> values =
        claim instanceof Collection<?> list
            ? list
            : claim instanceof String s ? List.of(s.split("[\\s,]+")) : List.of();
    Set<String> roles =
        values.stream()
            .filter(String.class::isInstance)
            .map(v -> ((String) v).toLowerCase(Locale.ROOT))
            .filter(ROLES::contains)
            .collect(Collectors.toCollection(TreeSet::new));
    return roles.isEmpty() ? Set.of("researcher") : roles;
  }

  private String exchange(Provider idp, String code, String verifier, URI redirectUri) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri.toString());
    form.put("code_verifier", verifier);
    form.put("client_id", Settings.oidcClientId());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(Settings.oidcClientId()) + ":" + encode(Settings.oidcClientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(idp.tokenEndpoint())
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept", "application/json")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(e);
    }
    JsonObject body;
    try {
      body = parse(response.body());
    } catch (RuntimeException e) {
      body = JsonObject.EMPTY_JSON_OBJECT;
    }
    if (response.statusCode() != 200 || !body.containsKey("id_token")) {
      String error = body.getString("error", "HTTP " + response.statusCode());
      throw DomainException.notSignedIn(
          "The identity provider did not accept the sign-on (" + error + "). Start again.");
    }
    return body.getString("id_token");
  }

  private Provider provider() {
    Provider current = provider;
    if (current == null) {
      synchronized (this) {
        if (provider == null) {
          provider = discover(Settings.oidcIssuer().orElseThrow(() -> notConfigured()));
        }
        current = provider;
      }
    }
    return current;
  }

  private Provider discover(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("discovery answered HTTP " + response.statusCode());
      }
      JsonObject config = parse(response.body());
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(URI.create(config.getString("jwks_uri")).toURL())
              .retrying(true)
              .build();
      var tokens = new DefaultJWTProcessor<SecurityContext>();
      tokens.setJWSKeySelector(
          new JWSVerificationKeySelector<>(JWSAlgorithm.Family.SIGNATURE, keys));
      tokens.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              Settings.oidcClientId(),
              new JWTClaimsSet.Builder().issuer(config.getString("issuer", issuer)).build(),
              Set.of("sub", "exp", "iat", "nonce")));
      return new Provider(
          URI.create(config.getString("authorization_endpoint")),
          URI.create(config.getString("token_endpoint")),
          tokens);
    } catch (IOException | RuntimeException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(e);
    }
  }

  private static DomainException notConfigured() {
    return DomainException.notFound("Single sign-on is not configured on this server.");
  }

  private static DomainException unreachable(Exception e) {
    LOG.warning(() -> "The identity provider cannot be used: " + e);
    return DomainException.unavailable(
        "The identity provider cannot be reached right now; try again later.");
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
