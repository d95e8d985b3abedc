package no.arbeidoghelse.kunnskapsbase.document;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.arbeidoghelse.kunnskapsbase.document.extraction.CorpusManifest;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Documents through the running jar on MariaDB: every file of the Tika test corpus uploaded over
 * HTTP, bad uploads, serving, deletion, and a restart in the middle of extraction.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final String RESEARCHER = "forsker2:forsker-passord-2";
  static final long MAX_UPLOAD = 10L * 1024 * 1024;

  static TestDatabase database;
  static RunningApp app;
  static String project;

  /** The document store, apart from the node's data directory (as nodes share it). */
  static Path documents;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    documents = Files.createTempDirectory("kb-it-shared-documents");
    app =
        RunningApp.onMariaDb("documents", database)
            .with("KB_DOCUMENTS_DIR", documents.toString())
            .with("KB_UPLOAD_MAX_BYTES", Long.toString(MAX_UPLOAD))
            .with("KB_EXTRACTION_TIMEOUT_SECONDS", "60")
            .start();
    project =
        create(
            "/api/v1/projects",
            "{\"title\": \"Dokumentprosjekt\", \"status\": \"ongoing\"}",
            ADMIN);
    assertEquals(
        201,
        app.json(
                "POST",
                "/api/v1/users",
                "{\"username\": \"forsker2\", \"password\": \"forsker-passord-2\", \"displayName\": \"F\", \"roles\": [\"researcher\"]}",
                ADMIN)
            .statusCode());
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
    if (documents != null) {
      try (var files = Files.walk(documents)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static String create(String path, String json, String credentials) throws Exception {
    var response = app.json("POST", path, json, credentials);
    assertEquals(201, response.statusCode(), response::body);
    return parse(response).asJsonObject().getString("id");
  }

  static JsonObject document(String id) throws Exception {
    var response = app.json("GET", "/api/v1/documents/" + id, null, ADMIN);
    assertEquals(200, response.statusCode(), response::body);
    return parse(response).asJsonObject();
  }

  static JsonObject awaitExtraction(String id) throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      var document = document(id);
      if (!document.getString("status").equals("pending")) {
        return document;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("document " + id + " still pending");
  }

  static void assertProblem(HttpResponse<String> response, int status, String mentions) {
    ProblemAnswers.assertProblem(response, status);
    assertTrue(response.body().toLowerCase().contains(mentions.toLowerCase()), response::body);
  }

  @Test
  @Order(1)
  void everyCorpusFileEndsInAStatusThatFitsIt() throws Exception {
    var manifest = CorpusManifest.read();
    var projectBefore = app.get("/api/v1/projects/" + project).body();
    Map<String, String> uploaded = new LinkedHashMap<>();
    for (var entry : manifest.entries()) {
      var response = app.upload("/api/v1/projects/" + project + "/documents", entry.path(), ADMIN);
      assertTrue(response.statusCode() < 500, () -> entry.file() + ": " + response.body());
      assertTrue(
          response.statusCode() == 202 || response.statusCode() == 200,
          () -> entry.file() + ": " + response.body());
      uploaded.put(entry.file(), parse(response).asJsonObject().getString("id"));
    }
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    List<String> misfits = new ArrayList<>();
    for (var entry : manifest.entries()) {
      var document = awaitExtraction(uploaded.get(entry.file()));
      String status = document.getString("status");
      table.computeIfAbsent(entry.category(), c -> new TreeMap<>()).merge(status, 1, Integer::sum);
      if (!CorpusManifest.FITTING.get(entry.category()).contains(status)) {
        misfits.add(
            entry.file()
                + " ("
                + entry.category()
                + "): "
                + status
                + " "
                + document.getString("statusDetail", ""));
      }
      if (!status.equals("extracted")) {
        assertFalse(document.getString("statusDetail", "").isBlank(), entry.file() + " says why");
      }
    }
    System.out.println("Corpus through the API, status by category: " + table);
    assertEquals(List.of(), misfits);
    assertEquals(200, app.get("/health/ready").statusCode(), "the server is still ready");
    assertEquals(
        projectBefore, app.get("/api/v1/projects/" + project).body(), "the item is untouched");
  }

  @Test
  @Order(2)
  void badUploadsAreNamedProblems() throws Exception {
    Path pdf = CorpusManifest.FOLDER.resolve("files").resolve("testPDF.pdf");
    String path = "/api/v1/projects/" + project + "/documents";
    assertProblem(app.upload(path, null, ADMIN, "title", "no file"), 400, "'file'");
    Path empty = Files.createTempFile("empty", ".pdf");
    assertProblem(app.upload(path, empty, ADMIN), 400, "empty");
    assertProblem(
        app.upload("/api/v1/projects/no-such-item/documents", pdf, ADMIN), 404, "no-such-item");
    assertProblem(
        app.upload("/api/v1/publications/" + project + "/documents", pdf, ADMIN), 404, project);
    assertProblem(app.upload(path, pdf, null), 401, "sign in");
    assertProblem(app.upload(path, pdf, RESEARCHER), 403, "owner");
    String own =
        create(
            "/api/v1/projects",
            "{\"title\": \"Eget utkast\", \"status\": \"planned\"}",
            RESEARCHER);
    assertProblem(
        app.upload("/api/v1/projects/" + own + "/documents", pdf, "forsker1:x"), 401, "wrong");
    Path large = Files.createTempFile("large", ".bin");
    Files.write(large, new byte[(int) MAX_UPLOAD + 1]);
    assertProblem(app.upload(path, large, ADMIN), 413, "larger than");
    assertProblem(app.json("POST", path, "{\"file\": \"x\"}", ADMIN), 415, "not supported");
    assertProblem(app.upload(path, pdf, ADMIN, "language", "Norsk bokmål"), 400, "language");
  }

  @Test
  @Order(2)
  void everyItemTypeTakesDocumentsAndListsThem() throws Exception {
    Path pdf = CorpusManifest.FOLDER.resolve("files").resolve("testPDF.pdf");
    String publication =
        create(
            "/api/v1/publications",
            "{\"title\": \"Rapport\", \"publicationType\": \"report\", \"year\": 2025}",
            ADMIN);
    String report =
        create(
            "/api/v1/practice-reports",
            "{\"title\": \"Erfaring\", \"provider\": \"Nav\", \"providerType\": \"nav-unit\", \"year\": 2025}",
            ADMIN);
    for (String path :
        List.of("/api/v1/publications/" + publication, "/api/v1/practice-reports/" + report)) {
      var upload = app.upload(path + "/documents", pdf, ADMIN, "title", "Vedlegg");
      assertEquals(202, upload.statusCode(), upload::body);
      var list = parse(app.get(path + "/documents")).asJsonArray();
      assertEquals(1, list.size());
      assertEquals("Vedlegg", list.getJsonObject(0).getString("title"));
    }
    assertProblem(app.get("/api/v1/projects/" + publication + "/documents"), 404, publication);
  }

  @Test
  @Order(3)
  void servingChecksumsRangesAndVisibility() throws Exception {
    // a file of its own, so that deleting it leaves bytes no other document has
    Path docx = Files.createTempDirectory("kb-doc").resolve("vedlegg.html");
    Files.writeString(
        docx,
        "<html><head><title>Vedlegg</title></head><body><p>Unikt vedlegg om sykefravær og"
            + " arbeidsrettet rehabilitering "
            + System.nanoTime()
            + "</p></body></html>");
    String own =
        create(
            "/api/v1/projects",
            "{\"title\": \"Utkast med vedlegg\", \"status\": \"planned\"}",
            RESEARCHER);
    var upload =
        app.upload(
            "/api/v1/projects/" + own + "/documents", docx, RESEARCHER, "title", "Vedlegg æøå");
    assertEquals(202, upload.statusCode(), upload::body);
    String id = parse(upload).asJsonObject().getString("id");
    var extracted = awaitExtraction(id);
    assertEquals("extracted", extracted.getString("status"));

    var again = app.upload("/api/v1/projects/" + own + "/documents", docx, RESEARCHER);
    assertEquals(200, again.statusCode());
    assertEquals("duplicate", parse(again).asJsonObject().getString("status"));
    assertEquals(id, parse(again).asJsonObject().getString("id"));

    assertProblem(app.get("/api/v1/documents/" + id), 404, id);
    assertProblem(app.get("/api/v1/documents/" + id + "/content"), 404, id);
    var whole = app.json("GET", "/api/v1/documents/" + id + "/content", null, RESEARCHER);
    assertEquals(200, whole.statusCode());
    assertEquals("nosniff", whole.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        whole
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"vedlegg.html\""));
    assertTrue(whole.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    var part =
        app.json(
            "GET", "/api/v1/documents/" + id + "/content", null, RESEARCHER, "Range", "bytes=0-3");
    assertEquals(206, part.statusCode());
    assertEquals("<htm", part.body());
    assertProblem(
        app.json(
            "GET",
            "/api/v1/documents/" + id + "/content",
            null,
            RESEARCHER,
            "Range",
            "bytes=999999999-"),
        416,
        "range");
    var text = app.json("GET", "/api/v1/documents/" + id + "/text", null, RESEARCHER);
    assertTrue(text.body().contains("Unikt vedlegg om sykefravær"), text::body);

    // a damaged stored file is refused, not served
    Path blob =
        documents
            .resolve("blobs")
            .resolve(extracted.getString("sha256").substring(0, 2))
            .resolve(extracted.getString("sha256"));
    byte[] original = Files.readAllBytes(blob);
    byte[] damaged = original.clone();
    damaged[20] ^= 1;
    Files.write(blob, damaged);
    assertEquals(
        500,
        app.json("GET", "/api/v1/documents/" + id + "/content", null, RESEARCHER).statusCode());
    Files.write(blob, original);

    // a stored file that is not there (a shared volume not mounted) is a named problem, not a 500
    Path away = blob.resolveSibling("away");
    Files.move(blob, away);
    assertProblem(
        app.json("GET", "/api/v1/documents/" + id + "/content", null, RESEARCHER), 503, id);
    Files.move(away, blob);

    assertProblem(
        app.json("DELETE", "/api/v1/documents/" + id, null, "forsker1:nope"), 401, "wrong");
    assertEquals(204, app.json("DELETE", "/api/v1/documents/" + id, null, RESEARCHER).statusCode());
    assertProblem(app.json("GET", "/api/v1/documents/" + id, null, RESEARCHER), 404, id);
    // kept for the hourly clean-up, an hour on: a backup under way still finds every file it names
    assertTrue(Files.exists(blob), "the removed document's bytes wait for the clean-up");
    assertTrue(
        Files.getLastModifiedTime(blob)
            .toInstant()
            .isAfter(java.time.Instant.now().minusSeconds(60)),
        "their hour counts from the removal");
  }

  @Test
  @Order(4)
  void extractionResumesAfterACrashAndOrphansAreCleared() throws Exception {
    String item =
        create("/api/v1/projects", "{\"title\": \"Krasj\", \"status\": \"ongoing\"}", ADMIN);
    List<String> ids = new ArrayList<>();
    for (String file :
        List.of(
            "testPDF_childAttachments.pdf",
            "testPDF_angles.pdf",
            "testPDFVarious.pdf",
            "testPPT.pptx")) {
      var upload =
          app.upload(
              "/api/v1/projects/" + item + "/documents",
              CorpusManifest.FOLDER.resolve("files").resolve(file),
              ADMIN);
      ids.add(parse(upload).asJsonObject().getString("id"));
    }
    app.kill();
    long pendingAtCrash = database.count("SELECT COUNT(*) FROM document WHERE status = 'pending'");
    assertTrue(pendingAtCrash > 0, "the crash left documents pending");
    Path orphan = documents.resolve("blobs/ff/" + "f".repeat(64));
    Files.createDirectories(orphan.getParent());
    Files.writeString(orphan, "left by a crash");
    Path leftover = documents.resolve("tmp/half-written.upload");
    Files.writeString(leftover, "partial");
    var longAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200));
    Files.setLastModifiedTime(orphan, longAgo);
    Files.setLastModifiedTime(leftover, longAgo);
    // another instance's upload under way in the shared store stays
    Path underWay = documents.resolve("tmp/another-instance.upload");
    Files.writeString(underWay, "being written");
    app.start();
    for (String id : ids) {
      assertEquals("extracted", awaitExtraction(id).getString("status"), id);
    }
    assertFalse(Files.exists(orphan));
    assertFalse(Files.exists(leftover));
    assertTrue(Files.exists(underWay));
  }
}
