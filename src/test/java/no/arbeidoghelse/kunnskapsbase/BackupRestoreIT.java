package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.arbeidoghelse.kunnskapsbase.document.extraction.CorpusManifest;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Backup → wipe → restore gives the same registry: every record, its history, every document with
 * its bytes and text, accounts and the vocabulary read the same through the API afterwards, and
 * search finds what it found (the index is rebuilt). Also from the embedded default into MariaDB.
 */
class BackupRestoreIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final String RESEARCHER = "forsker:forsker-passord-1";
  static final String PROVIDER = "\"provider\": \"NAV Vestland\", \"providerType\": \"nav-unit\"";
  static final String[] COLLECTIONS = {
    "projects", "publications", "practice-reports", "organisations", "people"
  };

  @Test
  void aMariaDbRegistryBackedUpWipedAndRestoredIsTheSame() throws Exception {
    Path backups = Files.createTempDirectory("kb-it-backups");
    Map<String, String> before;
    String backup;
    String project;
    try (var database = TestDatabase.mariaDb();
        var source = withStore(RunningApp.onMariaDb("backup-source", database), backups).start()) {
      project = populate(source);
      before = registry(source);

      var anonymous = source.json("POST", "/api/v1/admin/backups", null, null);
      ProblemAnswers.assertProblem(anonymous, 401);
      var researcher = source.json("POST", "/api/v1/admin/backups", null, RESEARCHER);
      ProblemAnswers.assertProblem(researcher, 403);
      backup = backUp(source);
      ProblemAnswers.assertProblem(
          source.json("GET", "/api/v1/admin/backups/no-such-backup", null, ADMIN), 404);
      source.stop();
    } // the database is dropped, the data directory and document store are left behind

    try (var database = TestDatabase.mariaDb();
        var target =
            withStore(RunningApp.onMariaDb("backup-target", database), backups)
                .with("KB_RESTORE_FROM", backups.resolve(backup).toString())
                .start()) {
      assertRegistriesEqual(before, registry(target));
      var found = parse(target.get("/api/v1/search?q=gjenoppretting")).asJsonObject();
      assertTrue(found.toString().contains(project), "search finds the restored project");

      target.stop();
      var refused = target.startExpectingFailure();
      assertTrue(refused.body().contains("not empty"), refused::body);
    }
  }

  @Test
  void theEmbeddedDefaultRestoredIntoMariaDbIsTheSame() throws Exception {
    Path backups = Files.createTempDirectory("kb-it-backups");
    Map<String, String> before;
    String backup;
    try (var source = withStore(RunningApp.embedded("backup-embedded"), backups).start()) {
      populate(source); // besides the sample records and documents
      before = registry(source);
      backup = backUp(source);
    }
    try (var database = TestDatabase.mariaDb();
        var target =
            withStore(RunningApp.onMariaDb("backup-into-mariadb", database), backups)
                .with("KB_RESTORE_FROM", backups.resolve(backup).toString())
                .start()) {
      assertRegistriesEqual(before, registry(target));
    }
  }

  static RunningApp withStore(RunningApp app, Path backups) throws Exception {
    return app.with("KB_BACKUP_DIR", backups.toString())
        .with("KB_DOCUMENTS_DIR", Files.createTempDirectory("kb-it-documents").toString());
  }

  static String backUp(RunningApp app) throws Exception {
    var created = app.json("POST", "/api/v1/admin/backups", null, ADMIN);
    assertEquals(201, created.statusCode(), created::body);
    var summary = parse(created).asJsonObject();
    assertTrue(summary.getJsonNumber("rows").longValue() > 0, created::body);
    assertTrue(summary.getJsonNumber("files").longValue() >= 2, created::body);
    String name = summary.getString("name");
    var listed = parse(app.json("GET", "/api/v1/admin/backups", null, ADMIN)).asJsonObject();
    assertEquals(name, listed.getJsonArray("items").getJsonObject(0).getString("name"));
    return name;
  }

  /** Records in several states, a change (history), documents (one removed), a vocabulary entry. */
  static String populate(RunningApp app) throws Exception {
    app.createUser(RESEARCHER, "researcher");
    String project =
        id(
            app.json(
                "POST",
                "/api/v1/projects",
                "{\"title\": \"Gjenoppretting av arbeidsevne\", \"status\": \"ongoing\","
                    + " \"topics\": [\"work-rehabilitation\"], \"keywords\": [\"ARR\"]}",
                ADMIN));
    id(
        app.json(
            "POST",
            "/api/v1/publications",
            "{\"title\": \"Resultater fra gjenoppretting\", \"year\": 2025, \"publicationType\": \"report\", \"authors\":"
                + " [\"Nordmann, Kari\"], \"projectIds\": [\""
                + project
                + "\"]}",
            ADMIN));
    String draft =
        id(
            app.json(
                "POST",
                "/api/v1/practice-reports",
                "{\"title\": \"Utkast om praksis\", \"year\": 2024, " + PROVIDER + "}",
                RESEARCHER));
    String withdrawn =
        id(
            app.json(
                "POST",
                "/api/v1/projects",
                "{\"title\": \"Trukket\", \"status\": \"planned\"}",
                ADMIN));
    assertEquals(
        204, app.json("DELETE", "/api/v1/projects/" + withdrawn, null, ADMIN).statusCode());
    var changed =
        app.json(
            "PUT",
            "/api/v1/practice-reports/" + draft,
            "{\"title\": \"Praksis i endring\", \"year\": 2024, " + PROVIDER + "}",
            RESEARCHER,
            "If-Match",
            app.json("GET", "/api/v1/practice-reports/" + draft, null, RESEARCHER)
                .headers()
                .firstValue("ETag")
                .orElseThrow());
    assertEquals(200, changed.statusCode(), changed::body);
    assertEquals(
        201,
        app.json(
                "POST",
                "/api/v1/vocabulary",
                "{\"language\": \"nb\", \"terms\": [\"gjenoppretting\", \"rehabilitering\"]}",
                ADMIN)
            .statusCode());
    for (String file : List.of("testPDF_angles.pdf", "testEXCEL.xlsx", "testHTML.html")) {
      var upload =
          app.upload(
              "/api/v1/projects/" + project + "/documents",
              CorpusManifest.FOLDER.resolve("files").resolve(file),
              ADMIN);
      assertEquals(202, upload.statusCode(), upload::body);
    }
    var documents =
        parse(app.json("GET", "/api/v1/projects/" + project + "/documents", null, ADMIN))
            .asJsonArray();
    String removed = documents.getJsonObject(2).getString("id");
    assertEquals(204, app.json("DELETE", "/api/v1/documents/" + removed, null, ADMIN).statusCode());
    return project;
  }

  /**
   * Everything the API shows an administrator, by path: every record in every state, its history
   * and documents (JSON, a checksum of the bytes, the text), accounts, the vocabulary. Waits for
   * extraction first, so that no document is still pending.
   */
  static Map<String, String> registry(RunningApp app) throws Exception {
    var shown = new TreeMap<String, String>();
    for (String collection : COLLECTIONS) {
      for (String id : ids(app, "/api/v1/" + collection)) {
        String record = "/api/v1/" + collection + "/" + id;
        shown.put(record, read(app, record));
        if (!collection.equals("organisations") && !collection.equals("people")) {
          shown.put(record + "/history", read(app, record + "/history"));
          for (var document : awaitDocuments(app, record)) {
            String path = "/api/v1/documents/" + document.getString("id");
            shown.put(path, document.toString().replace(app.uri("").toString(), "{this server}"));
            if (document.getString("status").equals("extracted")) {
              shown.put(path + "/text", read(app, path + "/text"));
            }
            shown.put(path + "/content", sha256(app, path + "/content"));
          }
        }
      }
    }
    shown.put("/api/v1/users", read(app, "/api/v1/users?size=100"));
    shown.put("/api/v1/vocabulary", read(app, "/api/v1/vocabulary?size=100"));
    shown.put("/api/v1/vocabulary/history", read(app, "/api/v1/vocabulary/history?size=100"));
    return shown;
  }

  static void assertRegistriesEqual(Map<String, String> before, Map<String, String> after) {
    assertEquals(before.keySet(), after.keySet(), "the same records, histories and documents");
    before.forEach((path, body) -> assertEquals(body, after.get(path), path));
    assertTrue(before.size() > 10, "the registry compared is not trivial: " + before.size());
  }

  static List<JsonObject> awaitDocuments(RunningApp app, String record) throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (true) {
      var documents =
          parse(app.json("GET", record + "/documents", null, ADMIN)).asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .toList();
      if (documents.stream().noneMatch(d -> d.getString("status").equals("pending"))) {
        return documents;
      }
      assertTrue(System.nanoTime() < deadline, record + ": documents still pending");
      Thread.sleep(250);
    }
  }

  static List<String> ids(RunningApp app, String collection) throws Exception {
    var ids = new ArrayList<String>();
    for (int page = 1; ; page++) {
      var list = parse(app.json("GET", collection + "?size=100&page=" + page, null, ADMIN));
      var items = list.asJsonObject().getJsonArray("items");
      items.forEach(item -> ids.add(item.asJsonObject().getString("id")));
      if (items.size() < 100) {
        return ids;
      }
    }
  }

  static String read(RunningApp app, String path) throws Exception {
    var response = app.json("GET", path, null, ADMIN);
    assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
    return response.body().replace(app.uri("").toString(), "{this server}");
  }

  static String sha256(RunningApp app, String path) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri(path))
                    .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), path);
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
  }

  static String id(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created::body);
    return parse(created).asJsonObject().getString("id");
  }
}
