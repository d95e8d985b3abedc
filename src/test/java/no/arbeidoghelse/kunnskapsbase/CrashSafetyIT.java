package no.arbeidoghelse.kunnskapsbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 in the middle of a stream of creates: every create that was answered 201 must still be
 * there after a restart, on MariaDB and on the embedded database.
 */
class CrashSafetyIT {

  private static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;

  @Test
  void mariaDbKeepsEveryAnsweredCreate() throws Exception {
    try (var database = TestDatabase.mariaDb();
        var app = RunningApp.onMariaDb("crash-mariadb", database)) {
      killDuringCreatesAndCheck(app);
    }
  }

  @Test
  void embeddedDatabaseKeepsEveryAnsweredCreate() throws Exception {
    try (var app = RunningApp.embedded("crash-embedded").with("KB_SAMPLE_DATA", "false")) {
      killDuringCreatesAndCheck(app);
    }
  }

  private static void killDuringCreatesAndCheck(RunningApp app) throws Exception {
    app.start();
    List<String> answered = new CopyOnWriteArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread writer =
        new Thread(
            () -> {
              int n = 0;
              while (running.get()) {
                try {
                  var response =
                      app.json(
                          "POST",
                          "/api/v1/publications",
                          "{\"title\": \"Krasjtest "
                              + (n++)
                              + "\", \"publicationType\": \"report\", \"year\": 2025}",
                          ADMIN);
                  if (response.statusCode() == 201) {
                    answered.add(RunningApp.parse(response).asJsonObject().getString("id"));
                  }
                } catch (Exception connectionLost) {
                  return;
                }
              }
            });
    writer.start();
    while (answered.size() < 30) {
      Thread.sleep(20);
    }
    app.kill();
    running.set(false);
    writer.join();

    app.start();
    for (String id : answered) {
      assertEquals(200, app.get("/api/v1/publications/" + id).statusCode(), "lost: " + id);
    }
    int total =
        RunningApp.parse(app.get("/api/v1/publications?size=1")).asJsonObject().getInt("total");
    assertTrue(total >= answered.size(), total + " stored, " + answered.size() + " answered");
  }
}
