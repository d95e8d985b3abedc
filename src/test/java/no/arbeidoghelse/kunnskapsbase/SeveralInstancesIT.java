package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the jar on one MariaDB and one shared document directory, as behind a load
 * balancer: what is written, withdrawn or uploaded on one is searchable and readable on the other
 * within {@link #WITHIN_MS}, through the database's change log; an instance that was down catches
 * up when it starts; readiness reports the index lag; the sign-in throttle counts on both; one
 * killed (SIGKILL) during writes and uploads loses nothing it acknowledged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final long WITHIN_MS = 2_000;

  static TestDatabase database;
  static Path documents;
  static RunningApp one;
  static RunningApp other;
  static String project;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    documents = Files.createTempDirectory("kb-it-shared-documents");
    one = instance("instances-1").start();
    other = instance("instances-2").start();
  }

  static RunningApp instance(String name) throws Exception {
    return RunningApp.onMariaDb(name, database).with("KB_DOCUMENTS_DIR", documents.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    for (var app : new RunningApp[] {one, other}) {
      if (app != null) {
        app.close();
      }
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

  static boolean finds(RunningApp app, String word, String id) throws Exception {
    var response = app.get("/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response::body);
    return parse(response).asJsonObject().getJsonArray("hits").stream()
        .anyMatch(hit -> hit.asJsonObject().getString("id").equals(id));
  }

  /** Waits until a search on the instance finds the record (or no longer does); the time taken. */
  static long await(RunningApp app, String word, String id, boolean found, long limitMs)
      throws Exception {
    long begin = System.nanoTime();
    while (true) {
      long elapsed = (System.nanoTime() - begin) / 1_000_000;
      if (finds(app, word, id) == found) {
        return elapsed;
      }
      if (elapsed > limitMs) {
        throw new AssertionError(
            "'"
                + word
                + "' "
                + (found ? "does not find" : "still finds")
                + " "
                + id
                + " after "
                + elapsed
                + " ms");
      }
      Thread.sleep(50);
    }
  }

  @Test
  @Order(1)
  void whatIsWrittenOnOneInstanceIsSearchableOnTheOtherWithinTwoSeconds() throws Exception {
    var created =
        one.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"Kystfiske og arbeidshelse\", \"status\": \"ongoing\"}",
            ADMIN);
    assertEquals(201, created.statusCode(), created::body);
    project = parse(created).asJsonObject().getString("id");
    long found = await(other, "kystfiske", project, true, WITHIN_MS);

    var read = other.get("/api/v1/projects/" + project);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    var changed =
        other.json(
            "PUT",
            "/api/v1/projects/" + project,
            "{\"title\": \"Havbruk og arbeidshelse\", \"status\": \"ongoing\"}",
            ADMIN,
            "If-Match",
            etag);
    assertEquals(200, changed.statusCode(), changed::body);
    long changedThere = await(one, "havbruk", project, true, WITHIN_MS);
    await(one, "kystfiske", project, false, WITHIN_MS);
    System.out.printf(
        "written on one instance, searchable on the other after %d ms (a change back: %d ms)%n",
        found, changedThere);
  }

  @Test
  @Order(2)
  void aDocumentUploadedOnOneInstanceIsReadAndFoundOnTheOther() throws Exception {
    Path file = Files.createTempFile("kb-instances", ".html");
    Files.writeString(
        file, "<html><body><p>Rapporten handler om tangtråling og belastninger.</p></body></html>");
    var upload = one.upload("/api/v1/projects/" + project + "/documents", file, ADMIN);
    assertEquals(202, upload.statusCode(), upload::body);
    String document = parse(upload).asJsonObject().getString("id");
    await(other, "tangtråling", project, true, 60_000);
    var content =
        other.send(
            HttpRequest.newBuilder(other.uri("/api/v1/documents/" + document + "/content")).GET(),
            ADMIN);
    assertEquals(200, content.statusCode(), content::body);
    assertArrayEquals(Files.readAllBytes(file), content.body().getBytes(StandardCharsets.UTF_8));
    Files.delete(file);
  }

  @Test
  @Order(3)
  void aWithdrawalOnOneInstanceHidesTheRecordOnTheOther() throws Exception {
    assertEquals(204, one.json("DELETE", "/api/v1/projects/" + project, null, ADMIN).statusCode());
    await(other, "havbruk", project, false, WITHIN_MS);
  }

  @Test
  @Order(4)
  void anInstanceThatWasDownCatchesUpAndReportsItsLag() throws Exception {
    other.stop();
    var created =
        one.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"Skiftarbeid på sokkelen\", \"status\": \"ongoing\"}",
            ADMIN);
    assertEquals(201, created.statusCode(), created::body);
    String written = parse(created).asJsonObject().getString("id");
    other.start();
    await(other, "sokkelen", written, true, WITHIN_MS);
    HttpResponse<String> ready = other.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready::body);
    var health = parse(ready).asJsonObject();
    assertTrue(health.getJsonNumber("indexLagSeconds").longValue() < 2, ready::body);
  }

  @Test
  @Order(5)
  void passwordGuessingIsSlowedOnEveryInstanceAlike() throws Exception {
    one.createUser("gjetta:riktig-passord-1", "researcher");
    for (int i = 0; i < 9; i++) {
      var guess = (i % 2 == 0 ? one : other).json("GET", "/api/v1/me", null, "gjetta:feil-" + i);
      assertTrue(guess.statusCode() == 401 || guess.statusCode() == 429, guess::body);
    }
    var held = other.json("GET", "/api/v1/me", null, "gjetta:riktig-passord-1");
    assertEquals(429, held.statusCode(), held::body);
  }

  @Test
  @Order(6)
  void anInstanceKilledDuringWritesAndUploadsLosesNothingAcknowledged() throws Exception {
    var acknowledged = new java.util.concurrent.ConcurrentHashMap<String, String>();
    var uploads = new java.util.concurrent.ConcurrentHashMap<String, String>();
    var running = new java.util.concurrent.atomic.AtomicBoolean(true);
    var counter = new java.util.concurrent.atomic.AtomicInteger();
    Runnable onOne = () -> write(one, running, counter, acknowledged, null);
    var writtenOnOther = new java.util.concurrent.ConcurrentHashMap<String, String>();
    Runnable onOther = () -> write(other, running, counter, writtenOnOther, uploads);
    var writers = java.util.concurrent.Executors.newFixedThreadPool(2);
    writers.submit(onOne);
    var killed = writers.submit(onOther);
    Thread.sleep(3_000);
    other.kill(); // SIGKILL, mid-request
    Thread.sleep(2_000); // the other instance goes on writing meanwhile
    running.set(false);
    writers.shutdown();
    assertTrue(writers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
    killed.get();
    acknowledged.putAll(writtenOnOther);
    assertTrue(acknowledged.size() > 5, "writes were acknowledged: " + acknowledged.size());
    assertTrue(!uploads.isEmpty(), "uploads were acknowledged");

    other.start();
    for (var app : new RunningApp[] {one, other}) {
      for (String id : acknowledged.keySet()) {
        var read = app.get("/api/v1/projects/" + id);
        assertEquals(200, read.statusCode(), () -> id + " lost: " + read.body());
      }
      // one search per record by its own word: paging through one search while extraction
      // rewrites records would skip or repeat hits of equal score
      for (var written : acknowledged.entrySet()) {
        await(app, written.getValue(), written.getKey(), true, WITHIN_MS);
      }
    }
    for (var upload : uploads.entrySet()) {
      var content =
          one.send(
              HttpRequest.newBuilder(one.uri("/api/v1/documents/" + upload.getKey() + "/content")),
              ADMIN);
      assertEquals(200, content.statusCode(), content::body);
      assertEquals(upload.getValue(), content.body(), "the bytes acknowledged are the bytes kept");
      awaitExtracted(other, upload.getKey());
    }
    System.out.printf(
        "killed during writes: %d records and %d uploads acknowledged, none lost%n",
        acknowledged.size(), uploads.size());
  }

  /** Writes records (and, with {@code uploads}, documents) until stopped or the instance dies. */
  static void write(
      RunningApp app,
      java.util.concurrent.atomic.AtomicBoolean running,
      java.util.concurrent.atomic.AtomicInteger counter,
      java.util.Map<String, String> acknowledged,
      java.util.Map<String, String> uploads) {
    try {
      while (running.get()) {
        int n = counter.incrementAndGet();
        String word = uniqueWord(n);
        var created =
            app.json(
                "POST",
                "/api/v1/projects",
                "{\"title\": \"Nødstopp " + word + "\", \"status\": \"ongoing\"}",
                ADMIN);
        if (created.statusCode() != 201) {
          continue;
        }
        String id = parse(created).asJsonObject().getString("id");
        acknowledged.put(id, word);
        if (uploads != null) {
          String html =
              "<html><body><p>Vedlegg " + n + " om nødstopp og skiftarbeid.</p></body></html>";
          Path file = Files.createTempFile("kb-kill", ".html");
          Files.writeString(file, html);
          var upload = app.upload("/api/v1/projects/" + id + "/documents", file, ADMIN);
          Files.delete(file);
          if (upload.statusCode() == 202) {
            uploads.put(parse(upload).asJsonObject().getString("id"), html);
          }
        }
      }
    } catch (java.io.IOException dead) {
      // the instance was killed: what it acknowledged before is what counts
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A word no other record has: "zq" and the number in letters. */
  static String uniqueWord(int n) {
    var word = new StringBuilder("zq");
    for (int rest = n; rest > 0; rest /= 26) {
      word.append((char) ('a' + rest % 26));
    }
    return word.toString();
  }

  static void awaitExtracted(RunningApp app, String document) throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      var read = app.json("GET", "/api/v1/documents/" + document, null, ADMIN);
      assertEquals(200, read.statusCode(), read::body);
      if (!parse(read).asJsonObject().getString("status").equals("pending")) {
        assertEquals("extracted", parse(read).asJsonObject().getString("status"), read::body);
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("document " + document + " still pending after the restart");
  }
}
