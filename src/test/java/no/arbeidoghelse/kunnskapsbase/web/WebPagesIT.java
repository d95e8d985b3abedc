package no.arbeidoghelse.kunnskapsbase.web;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web pages against the running jar with its sample content: server-side checks without
 * JavaScript (escaping, status codes, the state in the URL, sitemap, page weight), and the browser
 * test ({@code src/test/browser/pages.mjs}: Chromium with axe-core; screenshots in {@code
 * target/screenshots}).
 */
class WebPagesIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static RunningApp app;
  static String projectId;

  @BeforeAll
  static void start() throws Exception {
    app = RunningApp.embedded("web").start();
    var created =
        app.json(
            "POST",
            "/api/v1/projects",
            "{\"title\":\"<script>alert('x')</script> Arbeid & helse i praksis\","
                + "\"summary\":\"Et prosjekt om arbeidsinkludering og \\\"tillit\\\".\","
                + "\"status\":\"ongoing\",\"sectors\":[\"health\"],\"levelsOfCare\":[\"primary-care\"],"
                + "\"topics\":[\"workplace-inclusion\"]}",
            ADMIN);
    assertEquals(201, created.statusCode(), created::body);
    projectId = parse(created).asJsonObject().getString("id");
    var featured =
        app.json(
            "POST",
            "/api/v1/featured",
            "{\"itemId\":\"" + projectId + "\",\"teaser\":\"Slik lykkes arbeidsinkludering\"}",
            ADMIN);
    assertEquals(201, featured.statusCode(), featured::body);
    var theme =
        app.json(
            "POST",
            "/api/v1/themes",
            "{\"slug\":\"arbeidsinkludering\",\"title\":\"Arbeidsinkludering\","
                + "\"introduction\":\"Kunnskap om å inkludere flere i arbeid.\",\"itemIds\":[\""
                + projectId
                + "\"]}",
            ADMIN);
    assertEquals(201, theme.statusCode(), theme::body);
    app.createUser("forsker:forsker-passord-1", "researcher");
    app.createUser("redaktor:redaktor-passord-1", "editor");
    Thread.sleep(1000);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  static HttpResponse<String> page(String path) throws Exception {
    return app.send(HttpRequest.newBuilder(app.uri(path)), null);
  }

  @Test
  void pagesAreHtmlInBokmalWithEverythingEscaped() throws Exception {
    var front = page("/");
    assertEquals(200, front.statusCode());
    assertTrue(front.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(front.body().contains("<html lang=\"nb\""), "Bokmål by default");
    assertTrue(front.body().contains("Slik lykkes arbeidsinkludering"), "featured teaser");
    assertTrue(front.body().contains("href=\"/tema/arbeidsinkludering\""), "themes");

    var record = page("/prosjekter/" + projectId);
    assertEquals(200, record.statusCode());
    assertFalse(record.body().contains("<script>alert"), "titles are escaped");
    assertTrue(record.body().contains("&lt;script&gt;alert("), record.body());
    assertTrue(record.body().contains("application/ld+json"));
    assertTrue(record.body().contains("property=\"og:title\""));
    assertFalse(
        record
            .body()
            .substring(record.body().indexOf("application/ld+json"))
            .split("</script>")[0]
            .contains("<script>"),
        "JSON-LD cannot close its element early");

    var english = page("/prosjekter/" + projectId + "?lang=en");
    assertTrue(english.body().contains("<html lang=\"en\""));
    assertTrue(
        english.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("kb_lang=en")));
  }

  @Test
  void searchWorksWithoutJavaScriptAndKeepsItsStateInTheUrl() throws Exception {
    var all = page("/sok?q=arbeid");
    assertEquals(200, all.statusCode());
    assertTrue(all.body().contains("<mark>"), "highlighted snippets");
    var filtered = page("/sok?q=arbeid&sector=health&sort=newest");
    assertEquals(200, filtered.statusCode());
    assertTrue(filtered.body().contains("value=\"health\" checked"), "the filter shows as chosen");
    assertTrue(
        filtered.body().contains("<option value=\"newest\" selected"), "the sort shows as chosen");
    assertTrue(filtered.body().contains("Fjern alle filtre"));
    var bad = page("/sok?yearFrom=abc");
    assertEquals(400, bad.statusCode(), "a bad filter is the visitor's error, shown as a page");
    assertTrue(bad.body().contains("<html"), bad.body());
    assertEquals(
        200,
        page("/sok?utm_source=nyhetsbrev&q=helse").statusCode(),
        "unknown parameters are ignored");
    assertEquals(
        200, page("/sok?q=%22%28%5B*").statusCode(), "odd input is searched, not an error");
  }

  @Test
  void unknownPagesAndRecordsAre404Pages() throws Exception {
    var missing = page("/prosjekter/finnes-ikke");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Fant ikke siden"));
    assertEquals(404, page("/tema/finnes-ikke").statusCode());
    assertEquals(404, page("/publikasjoner/").statusCode());
    var unknown =
        app.send(
            HttpRequest.newBuilder(app.uri("/finnes/ikke")).header("Accept", "text/html"), null);
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("<html lang=\"nb\""), "browsers get the site's error page");
    var api = app.send(HttpRequest.newBuilder(app.uri("/finnes/ikke")), null);
    assertEquals(404, api.statusCode());
    assertTrue(
        api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        "scripts still get a problem document");
  }

  @Test
  void gapMapShowsEveryTopicAndLevelWithLinks() throws Exception {
    var map = page("/kunnskapskart");
    assertEquals(200, map.statusCode());
    assertTrue(map.body().contains("<caption"));
    assertTrue(map.body().contains("kb-heat-0"), "empty cells shown");
    assertTrue(
        map.body().contains("/sok?topic=workplace-inclusion&amp;level=primary-care")
            || map.body().contains("/sok?level=primary-care&amp;topic=workplace-inclusion"),
        map.body());
    assertEquals(200, page("/kunnskapskart?type=project&status=ongoing").statusCode());
    assertEquals(400, page("/kunnskapskart?type=nonsense").statusCode());
  }

  @Test
  void sitemapListsPublishedRecords() throws Exception {
    var sitemap = page("/sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertTrue(sitemap.body().contains("/prosjekter/" + projectId));
    assertTrue(sitemap.body().contains("/tema/arbeidsinkludering"));
    assertTrue(sitemap.body().startsWith("<?xml"));
  }

  @Test
  void assetsAreServedFromThisServerWithinTheWeightBudget() throws Exception {
    long compressed = 0;
    for (String asset : new String[] {"/assets/kb.css", "/assets/kb.js"}) {
      var response = app.send(HttpRequest.newBuilder(app.uri(asset)), null);
      assertEquals(200, response.statusCode(), asset);
      var gzip = new ByteArrayOutputStream();
      try (var out = new GZIPOutputStream(gzip)) {
        out.write(response.body().getBytes(StandardCharsets.UTF_8));
      }
      compressed += gzip.size();
    }
    assertTrue(compressed <= 200 * 1024, "CSS + JS compressed: " + compressed + " bytes");
    System.out.println("Page weight: CSS + JS " + compressed / 1024 + " KB compressed");
    String front = page("/").body();
    assertFalse(
        front.matches("(?s).*<(script|img)[^>]*src=\"https?://.*"),
        "no script or image from elsewhere");
    assertFalse(
        front.matches("(?s).*rel=\"stylesheet\" href=\"https?://.*"),
        "no style sheet from elsewhere");
  }

  @Test
  void theBrowserTestPasses() throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    var process =
        new ProcessBuilder(
            "node", "src/test/browser/pages.mjs", app.uri("").toString(), shots.toString());
    process.environment().put("KB_RESEARCHER", "forsker:forsker-passord-1");
    process.environment().put("KB_EDITOR", "redaktor:redaktor-passord-1");
    process.environment().put("KB_ADMIN", ADMIN);
    process
        .environment()
        .put(
            "KB_PDF",
            Path.of("sample-docs/files/ips-unge-prosjektbeskrivelse.pdf")
                .toAbsolutePath()
                .toString());
    var running = process.redirectErrorStream(true).start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(running.waitFor(5, TimeUnit.MINUTES), "the browser test finished");
    Files.writeString(shots.resolve("report.json"), output);
    assertEquals(0, running.exitValue(), output);
    for (String shot :
        new String[] {
          "front",
          "search",
          "record",
          "gapmap",
          "theme",
          "signin",
          "mine",
          "edit",
          "editor",
          "curation",
          "users"
        }) {
      assertTrue(Files.exists(shots.resolve(shot + ".png")), shot);
    }
  }
}
