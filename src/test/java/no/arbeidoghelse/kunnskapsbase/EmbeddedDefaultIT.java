package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

      app.stop();
      app.start();
      assertEquals(projects, total(app, "projects"));
      assertEquals(publications, total(app, "publications"));
      assertEquals(reports, total(app, "practice-reports"));
    }
  }
}
