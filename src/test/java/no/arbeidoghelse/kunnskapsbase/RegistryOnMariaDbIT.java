package no.arbeidoghelse.kunnskapsbase;

import static no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers.assertProblem;
import static no.arbeidoghelse.kunnskapsbase.testing.RunningApp.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import no.arbeidoghelse.kunnskapsbase.sample.boundary.SampleContent;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar on a fresh MariaDB database, driven over HTTP: accounts and roles, the record
 * life cycle with ETags, and a restart that keeps everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryOnMariaDbIT {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final String RESEARCHER = "forsker1:forsker-passord-1";
  static final String EDITOR = "redaktor1:redaktor-passord-1";

  static TestDatabase database;
  static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    app = RunningApp.onMariaDb("mariadb", database).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static JsonObject body(HttpResponse<String> response) {
    return parse(response).asJsonObject();
  }

  @Test
  @Order(1)
  void administratorCreatesAccounts() throws Exception {
    var researcher =
        app.json(
            "POST",
            "/api/v1/users",
            "{\"username\": \"forsker1\", \"password\": \"forsker-passord-1\", \"displayName\": \"Forsker En\", \"roles\": [\"researcher\"]}",
            ADMIN);
    assertEquals(201, researcher.statusCode(), researcher::body);
    assertEquals(
        201,
        app.json(
                "POST",
                "/api/v1/users",
                "{\"username\": \"redaktor1\", \"password\": \"redaktor-passord-1\", \"displayName\": \"Redaktør\", \"roles\": [\"editor\"]}",
                ADMIN)
            .statusCode());
    assertProblem(
        app.json(
            "POST",
            "/api/v1/users",
            "{\"username\": \"forsker1\", \"password\": \"another-password\", \"displayName\": \"X\", \"roles\": [\"researcher\"]}",
            ADMIN),
        409);
    assertProblem(
        app.json(
            "POST",
            "/api/v1/users",
            "{\"username\": \"x\", \"password\": \"short\", \"displayName\": \"\", \"roles\": [\"boss\"]}",
            ADMIN),
        400);
    assertProblem(
        app.json(
            "POST",
            "/api/v1/users",
            "{\"username\": \"ny\", \"password\": \"long-enough-pw\", \"displayName\": \"N\", \"roles\": [\"boss\"]}",
            ADMIN),
        400);
    assertProblem(app.json("POST", "/api/v1/users", "{}", RESEARCHER), 403);
    assertProblem(app.json("GET", "/api/v1/users", null, RESEARCHER), 403);
    assertProblem(app.json("GET", "/api/v1/users", null, null), 401);
    var me = body(app.json("GET", "/api/v1/me", null, RESEARCHER));
    assertEquals("forsker1", me.getString("username"));
    assertEquals("researcher", me.getJsonArray("roles").getString(0));
    assertTrue(body(app.json("GET", "/api/v1/users", null, ADMIN)).getInt("total") >= 3);
  }

  @Test
  @Order(2)
  void wrongCredentialsAreProblems() throws Exception {
    var wrong = app.json("GET", "/api/v1/projects", null, "forsker1:wrong-password");
    assertProblem(wrong, 401);
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertProblem(app.json("GET", "/api/v1/projects", null, "nobody:whatever-pw"), 401);
    assertProblem(
        app.json("GET", "/api/v1/me", null, null, "Authorization", "Basic !!!not-base64"), 401);
    assertProblem(app.json("GET", "/api/v1/me", null, null, "Authorization", "Digest abc"), 401);
    assertProblem(
        app.json("POST", "/api/v1/projects", "{\"title\": \"x\", \"status\": \"ongoing\"}", null),
        401);
  }

  @Test
  @Order(3)
  void recordLifeCycleOverHttp() throws Exception {
    var draft =
        app.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"Arbeidsrettet rehabilitering for unge\", \"status\": \"planned\", \"topics\": [\"young-people\"]}",
            RESEARCHER);
    assertEquals(201, draft.statusCode(), draft::body);
    String draftId = body(draft).getString("id");
    assertEquals("draft", body(draft).getString("state"));
    assertProblem(app.get("/api/v1/projects/" + draftId), 404);
    assertEquals(200, app.json("GET", "/api/v1/projects/" + draftId, null, EDITOR).statusCode());

    var organisation =
        app.json(
            "POST",
            "/api/v1/organisations",
            "{\"name\": \"Høgskulen på Strand\", \"type\": \"university\", \"orgNumber\": \"123456785\"}",
            EDITOR);
    assertEquals(201, organisation.statusCode(), organisation::body);
    String orgId = body(organisation).getString("id");

    var created =
        app.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"Sykefraværsoppfølging i kommunen – æøå\", \"status\": \"ongoing\", \"language\": \"nn\","
                + " \"sectors\": [\"health\"], \"organisations\": [{\"id\": \""
                + orgId
                + "\", \"role\": \"responsible\"}]}",
            EDITOR);
    assertEquals(201, created.statusCode(), created::body);
    assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
    String id = body(created).getString("id");
    assertTrue(
        created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/projects/" + id));

    var read = app.get("/api/v1/projects/" + id);
    assertEquals(200, read.statusCode());
    assertEquals("Sykefraværsoppfølging i kommunen – æøå", body(read).getString("title"));

    String changed =
        "{\"title\": \"Sykefraværsoppfølging i kommunen\", \"status\": \"completed\","
            + " \"sectors\": [\"health\", \"labour-welfare\"],"
            + " \"organisations\": [{\"id\": \""
            + orgId
            + "\", \"role\": \"responsible\"}]}";
    var updated = app.json("PUT", "/api/v1/projects/" + id, changed, EDITOR, "If-Match", "\"1\"");
    assertEquals(200, updated.statusCode(), updated::body);
    assertEquals("\"2\"", updated.headers().firstValue("ETag").orElseThrow());
    assertProblem(
        app.json("PUT", "/api/v1/projects/" + id, changed, EDITOR, "If-Match", "\"1\""), 412);
    assertProblem(app.json("PUT", "/api/v1/projects/" + id, changed, EDITOR), 428);
    assertProblem(
        app.json("PUT", "/api/v1/projects/" + id, changed, RESEARCHER, "If-Match", "\"2\""), 403);
    assertProblem(
        app.json(
            "POST",
            "/api/v1/projects",
            "{\"title\": \"x\", \"status\": \"ongoing\", \"topics\": [\"unknown-topic\"]}",
            EDITOR),
        400);
    assertProblem(app.json("POST", "/api/v1/projects", "{\"title\": ", EDITOR), 400);

    var withdrawn = app.json("DELETE", "/api/v1/projects/" + draftId, null, RESEARCHER);
    assertEquals(204, withdrawn.statusCode(), withdrawn::body);

    app.stop();
    app.start();

    var afterRestart = body(app.get("/api/v1/projects/" + id));
    assertEquals("completed", afterRestart.getString("status"));
    assertEquals(2, afterRestart.getInt("version"));
    assertEquals(
        orgId, afterRestart.getJsonArray("organisations").getJsonObject(0).getString("id"));
    var draftAfterRestart = app.json("GET", "/api/v1/projects/" + draftId, null, RESEARCHER);
    assertEquals(200, draftAfterRestart.statusCode());
    assertEquals("withdrawn", body(draftAfterRestart).getString("state"));
    assertEquals(
        200, app.json("GET", "/api/v1/me", null, RESEARCHER).statusCode(), "accounts survive");
  }

  @Test
  @Order(4)
  void theServerAnswersProblemsEverywhereAndDescribesItself() throws Exception {
    assertProblem(app.get("/no/such/page"), 404);
    assertProblem(app.get("/api/v1/nothing"), 404);
    var openapi = app.get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/practice-reports/{id}"));
    // the value lists' keys, filled in from index-config/taxonomy.json (x-value-list)
    assertTrue(openapi.body().contains("user-representative"), "person roles in the enums");
    assertEquals(200, app.get("/health/live").statusCode());
    assertEquals("UP", body(app.get("/health/ready")).getString("status"));
    assertProblem(app.get("/api/v1/projects/" + SampleContent.idOf("p-ips-ung")), 404);
  }

  @Test
  @Order(5)
  void administratorsManageAccounts() throws Exception {
    assertProblem(app.json("PUT", "/api/v1/users/nobody", "{\"enabled\": false}", ADMIN), 404);
    assertProblem(app.json("GET", "/api/v1/users/nobody", null, ADMIN), 404);
    assertProblem(
        app.json("PUT", "/api/v1/users/forsker1", "{\"password\": \"short\"}", ADMIN), 400);
    assertProblem(
        app.json("PUT", "/api/v1/users/forsker1", "{\"roles\": [\"chief\"]}", ADMIN), 400);
    assertProblem(app.json("PUT", "/api/v1/users/forsker1", "{\"enabled\": \"no\"}", ADMIN), 400);
    assertProblem(app.json("PUT", "/api/v1/users/admin", "{\"enabled\": false}", ADMIN), 409);
    assertProblem(app.json("PUT", "/api/v1/users/forsker1", "{\"enabled\": false}", EDITOR), 403);

    var promoted =
        app.json(
            "PUT", "/api/v1/users/forsker1", "{\"roles\": [\"researcher\", \"editor\"]}", ADMIN);
    assertEquals(200, promoted.statusCode(), promoted::body);
    assertEquals(
        2, body(app.json("GET", "/api/v1/me", null, RESEARCHER)).getJsonArray("roles").size());

    assertEquals(
        200, app.json("PUT", "/api/v1/users/forsker1", "{\"enabled\": false}", ADMIN).statusCode());
    assertProblem(app.json("GET", "/api/v1/me", null, RESEARCHER), 401);
    assertEquals(
        200,
        app.json(
                "PUT",
                "/api/v1/users/forsker1",
                "{\"enabled\": true, \"password\": \"nytt-passord-123\"}",
                ADMIN)
            .statusCode());
    assertProblem(app.json("GET", "/api/v1/me", null, RESEARCHER), 401);
    assertEquals(
        200, app.json("GET", "/api/v1/me", null, "forsker1:nytt-passord-123").statusCode());
  }
}
