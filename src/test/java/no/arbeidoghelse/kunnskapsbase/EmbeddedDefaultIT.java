package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.arbeidoghelse.kunnskapsbase.sample.boundary.SampleContent;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.junit.jupiter.api.Test;

/** The zero-configuration start: embedded database, sample content loaded once. */
class EmbeddedDefaultIT {

  private static int total(RunningApp app, String collection) throws Exception {
    var response = app.get("/api/v1/" + collection + "?size=1");
    assertEquals(200, response.statusCode(), response::body);
    return parse(response).asJsonObject().getInt("total");
  }

  @Test
  void startsPopulatedAndLoadsSamplesOnlyOnce() throws Exception {
    try (var app = RunningApp.embedded("embedded").start()) {
      int projects = total(app, "projects");
      int publications = total(app, "publications");
      int reports = total(app, "practice-reports");
      assertTrue(projects >= 12, "projects: " + projects);
      assertTrue(publications >= 16, "publications: " + publications);
      assertTrue(reports >= 12, "practice reports: " + reports);
      assertTrue(total(app, "organisations") >= 10);
      var ready = parse(app.get("/health/ready")).asJsonObject();
      assertEquals("UP", ready.getString("status"));
      // the samples load after ready, and the health report says when they are in
      var startup = ready.getJsonArray("checks").getJsonObject(0);
      assertEquals("startup", startup.getString("name"));
      assertEquals("done", startup.getJsonObject("data").getString("background"));
      assertSampleDocumentsAreExtracted(app);

      app.stop();
      app.start();
      assertEquals(projects, total(app, "projects"));
      assertEquals(publications, total(app, "publications"));
      assertEquals(reports, total(app, "practice-reports"));
      var documents = documentsOf(app, "projects", SampleContent.idOf("p-ips-ung"));
      assertEquals(1, documents.size(), "loading again attaches nothing twice");
    }
  }

  private static jakarta.json.JsonArray documentsOf(RunningApp app, String collection, String id)
      throws Exception {
    var response = app.get("/api/v1/" + collection + "/" + id + "/documents");
    assertEquals(200, response.statusCode(), response::body);
    return parse(response).asJsonArray();
  }

  /** Every sample document ends extracted, and its text is served. */
  private static void assertSampleDocumentsAreExtracted(RunningApp app) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    var document = documentsOf(app, "projects", SampleContent.idOf("p-ips-ung")).getJsonObject(0);
    while (document.getString("status").equals("pending") && System.nanoTime() < deadline) {
      Thread.sleep(250);
      document = documentsOf(app, "projects", SampleContent.idOf("p-ips-ung")).getJsonObject(0);
    }
    assertEquals("extracted", document.getString("status"), document::toString);
    assertEquals("application/pdf", document.getString("mediaType"));
    assertTrue(app.get(document.getString("textUrl")).body().contains("jobbspesialistsamling"));
    for (String[] other :
        new String[][] {
          {"practice-reports", "pr-nav-ips"},
          {"projects", "p-ung-utanfor"},
          {"publications", "pub-aap-forlop"}
        }) {
      assertEquals(1, documentsOf(app, other[0], SampleContent.idOf(other[1])).size(), other[1]);
    }
  }
}
