package no.arbeidoghelse.kunnskapsbase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of the resource tests: the API over an in-memory H2 database in MariaDB mode, one database
 * per test class, with helpers to send JSON as a given caller and read problem answers.
 */
public abstract class ApiTest extends JerseyTest {

  public static final String EDITOR = "eva;editor";
  public static final String RESEARCHER = "rita;researcher";
  public static final String OTHER_RESEARCHER = "rolf;researcher";

  private static TestDatabase database;
  private static Services services;

  @Override
  protected Application configure() {
    if (database == null) {
      database = TestDatabase.h2().migrated();
      services = new Services(database.entityManagerFactory().createEntityManager());
    }
    return ApiTestApplication.create(services);
  }

  @AfterAll
  static void closeDatabase() {
    if (database != null) {
      services.em.close();
      database.close();
      database = null;
    }
  }

  /** A request to {@code path} (which may carry a query string) as the given test caller. */
  protected Invocation.Builder as(String caller, String path) {
    String[] pathAndQuery = path.split("\\?", 2);
    var target = target(pathAndQuery[0]);
    if (pathAndQuery.length > 1) {
      for (String pair : pathAndQuery[1].split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        target = target.queryParam(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
      }
    }
    var request = target.request();
    return caller == null ? request : request.header(ApiTestApplication.TEST_USER, caller);
  }

  protected Response post(String caller, String path, String json) {
    return as(caller, path).post(Entity.json(json));
  }

  protected Response put(String caller, String path, String etag, String json) {
    var request = as(caller, path);
    if (etag != null) {
      request = request.header("If-Match", etag);
    }
    return request.put(Entity.json(json));
  }

  protected static JsonObject json(Response response) {
    return Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
  }

  /** Asserts a problem answer with this status and a detail containing the given text. */
  protected static JsonObject assertProblem(Response response, int status, String detailContains) {
    assertEquals(
        status, response.getStatus(), () -> "status; body: " + response.readEntity(String.class));
    assertEquals("application/problem+json", response.getMediaType().toString());
    JsonObject problem = json(response);
    assertEquals(status, problem.getInt("status"));
    String detail = problem.getString("detail");
    assertTrue(
        detail.toLowerCase().contains(detailContains.toLowerCase()),
        () -> "detail '" + detail + "' should mention '" + detailContains + "'");
    return problem;
  }

  /** Creates an organisation as an editor and answers its id. */
  protected String organisation(String name) {
    var response =
        post(EDITOR, "v1/organisations", "{\"name\": \"" + name + "\", \"type\": \"university\"}");
    assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
    return json(response).getString("id");
  }

  protected String create(String caller, String collection, String json) {
    var response = post(caller, "v1/" + collection, json);
    assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
    return json(response).getString("id");
  }
}
