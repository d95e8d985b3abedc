package no.arbeidoghelse.kunnskapsbase.account;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real OpenID Connect provider (NAV's mock-oauth2-server, started here):
 * the browser is sent to the provider and back, the ID token is checked, the account is created
 * with the roles the provider gives, and the session works like any other.
 */
class SingleSignOnIT {

  static final String ISSUER_ID = "institusjon";
  static final String CLIENT_ID = "kunnskapsbase";

  static MockOAuth2Server provider;
  static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    // interactive login: each sign-in names its user and claims in the provider's login form
    provider = new MockOAuth2Server(new OAuth2Config(true));
    provider.start();
    app =
        RunningApp.embedded("sso")
            .with("KB_SAMPLE_DATA", "false")
            .with("KB_OIDC_ISSUER", provider.issuerUrl(ISSUER_ID).toString())
            .with("KB_OIDC_CLIENT_ID", CLIENT_ID)
            .with("KB_OIDC_CLIENT_SECRET", "hemmelig-klienthemmelighet")
            .with("KB_OIDC_ROLE_CLAIM", "roller")
            .start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  /** A browser: keeps cookies, follows no redirects by itself. */
  static HttpClient browser() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI location(HttpResponse<String> response) {
    return response
        .request()
        .uri()
        .resolve(response.headers().firstValue("Location").orElseThrow());
  }

  /** The user fills in the provider's login form; answers the provider's redirect back. */
  static HttpResponse<String> signInAtProvider(
      HttpClient browser, URI authorization, String subject, String claims) throws Exception {
    var form = get(browser, authorization);
    assertEquals(200, form.statusCode(), form::body);
    return browser.send(
        HttpRequest.newBuilder(authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                        + "&claims="
                        + URLEncoder.encode(claims, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the provider as the given user; answers the browser's last response. */
  static HttpResponse<String> signOn(HttpClient browser, String subject, String claims)
      throws Exception {
    var login = get(browser, app.uri("/api/v1/sso/login?returnTo=/mine-poster"));
    assertEquals(303, login.statusCode(), login::body);
    URI authorization = location(login);
    assertTrue(authorization.toString().startsWith(provider.issuerUrl(ISSUER_ID).toString()));
    assertTrue(authorization.getQuery().contains("code_challenge_method=S256"));
    var atProvider = signInAtProvider(browser, authorization, subject, claims);
    assertEquals(302, atProvider.statusCode(), atProvider::body);
    URI callback = location(atProvider);
    assertTrue(callback.getPath().equals("/api/v1/sso/callback"), callback::toString);
    return get(browser, callback);
  }

  @Test
  void anEditorSignsOnThroughTheIdentityProviderAndWorksWithTheSession() throws Exception {
    var browser = browser();
    var back =
        signOn(
            browser,
            "sub-ola",
            "{\"preferred_username\":\"Ola.Nordmann\",\"name\":\"Ola Nordmann\","
                + "\"email\":\"ola@example.no\",\"roller\":[\"editor\",\"superhero\"]}");
    assertEquals(303, back.statusCode(), back::body);
    assertEquals("/mine-poster", location(back).getPath());
    assertTrue(
        back.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("kb_session=") && c.contains("HttpOnly")));

    JsonObject session = parse(get(browser, app.uri("/api/v1/session"))).asJsonObject();
    JsonObject user = session.getJsonObject("user");
    assertEquals("ola.nordmann", user.getString("username"));
    assertEquals("Ola Nordmann", user.getString("displayName"));
    assertEquals("oidc", user.getString("origin"));
    assertEquals(
        List.of("editor"),
        user.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    var created =
        browser.send(
            HttpRequest.newBuilder(app.uri("/api/v1/projects"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", session.getString("csrfToken"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Via SSO\",\"status\":\"ongoing\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created::body);
    assertEquals(
        "published",
        parse(created).asJsonObject().getString("state"),
        "an editor publishes directly");

    // the account cannot be used with a password
    assertEquals(
        401, app.json("GET", "/api/v1/me", null, "ola.nordmann:any-password-at-all").statusCode());
  }

  @Test
  void rolesFollowTheProviderAndDefaultToResearcher() throws Exception {
    var browser = browser();
    assertEquals(
        303, signOn(browser, "sub-kari", "{\"preferred_username\":\"kari\"}").statusCode());
    JsonObject user = parse(get(browser, app.uri("/api/v1/me"))).asJsonObject();
    assertEquals("researcher", user.getJsonArray("roles").getString(0));
  }

  @Test
  void aLocalAccountIsNeverTakenOver() throws Exception {
    var answer =
        signOn(browser(), "sub-evil", "{\"preferred_username\":\"admin\",\"roller\":\"admin\"}");
    assertEquals(409, answer.statusCode(), answer::body);
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  @Test
  void answersNotStartedInThisBrowserAreRefused() throws Exception {
    var victim = browser();
    var login = get(browser(), app.uri("/api/v1/sso/login"));
    var atProvider = signInAtProvider(victim, location(login), "sub-x", "{}");
    // the attacker's sign-in answer, opened in another browser (no state cookie)
    var callback = get(victim, location(atProvider));
    assertEquals(400, callback.statusCode(), callback::body);
    assertEquals(
        400, get(browser(), app.uri("/api/v1/sso/callback?state=forged&code=x")).statusCode());
    var refused = get(browser(), app.uri("/api/v1/sso/callback?error=access_denied"));
    assertEquals(401, refused.statusCode(), refused::body);
  }

  @Test
  void returnAddressesStayOnThisSite() throws Exception {
    var browser = browser();
    var login = get(browser, app.uri("/api/v1/sso/login?returnTo=https://evil.example/"));
    var atProvider =
        signInAtProvider(browser, location(login), "sub-y", "{\"preferred_username\":\"yngve\"}");
    var back = get(browser, location(atProvider));
    assertEquals(app.uri("/"), location(back));
  }

  @Test
  void anotherPersonWithTheSameUsernameGetsAnAccountOfTheirOwn() throws Exception {
    var first = browser();
    assertEquals(
        303,
        signOn(first, "subject-1", "{\"preferred_username\":\"Per.Hansen\",\"roller\":\"editor\"}")
            .statusCode());
    JsonObject firstUser = parse(get(first, app.uri("/api/v1/me"))).asJsonObject();
    assertEquals("per.hansen", firstUser.getString("username"));

    // a different person at the provider whose username normalises to the same name
    var second = browser();
    assertEquals(
        303, signOn(second, "subject-2", "{\"preferred_username\":\"per.hansen\"}").statusCode());
    JsonObject secondUser = parse(get(second, app.uri("/api/v1/me"))).asJsonObject();
    assertEquals("per.hansen-2", secondUser.getString("username"));
    assertEquals("researcher", secondUser.getJsonArray("roles").getString(0));

    // the first person's account kept its roles and is theirs again at the next sign-on
    var again = browser();
    assertEquals(
        303,
        signOn(again, "subject-1", "{\"preferred_username\":\"Per.Hansen\",\"roller\":\"editor\"}")
            .statusCode());
    JsonObject firstAgain = parse(get(again, app.uri("/api/v1/me"))).asJsonObject();
    assertEquals("per.hansen", firstAgain.getString("username"));
    assertEquals("editor", firstAgain.getJsonArray("roles").getString(0));
  }

  @Test
  void aReturnAddressCannotTurnIntoAnotherSite() throws Exception {
    // U+012F written as one byte would be '/', making "///evil.com"
    var browser = browser();
    var login = get(browser, app.uri("/api/v1/sso/login?returnTo=/%C4%AF%C4%AFevil.com"));
    var atProvider =
        signInAtProvider(browser, location(login), "sub-z", "{\"preferred_username\":\"zara\"}");
    var back = get(browser, location(atProvider));
    assertEquals(303, back.statusCode(), back::body);
    assertEquals(
        app.uri("/%C4%AF%C4%AFevil.com").toString(),
        back.headers().firstValue("Location").orElseThrow());
  }
}
