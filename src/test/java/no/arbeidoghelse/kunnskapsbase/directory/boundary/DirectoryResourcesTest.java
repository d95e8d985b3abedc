package no.arbeidoghelse.kunnskapsbase.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import no.arbeidoghelse.kunnskapsbase.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisations and people: registering, changing, withdrawing, and bad input. */
class DirectoryResourcesTest extends ApiTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "organisations|{\"name\": \"Nav Testby\", \"type\": \"nav\"}|{\"name\": \"Nav Testby sentrum\", \"type\": \"nav\"}",
        "people|{\"name\": \"Kari Nordmann\"}|{\"name\": \"Kari Nordmann\", \"email\": \"kari@example.no\"}"
      })
  void lifeCycle(String collection, String body, String changed) {
    String path = "v1/" + collection;
    var created = post(RESEARCHER, path, body);
    assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
    String id = json(created).getString("id");
    assertEquals(200, as(null, path + "/" + id).get().getStatus());
    assertProblem(put(OTHER_RESEARCHER, path + "/" + id, "\"1\"", changed), 403, "registered");
    assertProblem(put(RESEARCHER, path + "/" + id, null, changed), 428, "If-Match");
    assertProblem(put(RESEARCHER, path + "/" + id, "\"9\"", changed), 412, "has changed");
    var updated = put(RESEARCHER, path + "/" + id, "\"1\"", changed);
    assertEquals(200, updated.getStatus(), () -> updated.readEntity(String.class));
    assertEquals("\"2\"", updated.getHeaderString("ETag"));

    assertProblem(
        as(RESEARCHER, path + "/" + id).header("If-Match", "\"1\"").delete(), 412, "has changed");
    assertEquals(
        204, as(RESEARCHER, path + "/" + id).header("If-Match", "\"2\"").delete().getStatus());
    assertProblem(as(null, path + "/" + id).get(), 404, id);
    assertFalse(json(as(null, path + "?size=100").get()).toString().contains(id));
    assertProblem(as(RESEARCHER, path + "?withdrawn=true").get(), 403, "editors");
    assertTrue(json(as(EDITOR, path + "?withdrawn=true&size=100").get()).toString().contains(id));
    assertProblem(as(RESEARCHER, path + "/" + id + "/restore").post(null), 404, id);
    assertEquals(200, as(EDITOR, path + "/" + id + "/restore").post(null).getStatus());
    assertEquals(200, as(null, path + "/" + id).get().getStatus());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"organisations|\"type\": \"nav\"", "people|\"email\": \"a@example.no\""})
  void badInput(String collection, String own) {
    String path = "v1/" + collection;
    assertProblem(post(EDITOR, path, "{\"name\": "), 400, "not valid JSON");
    assertProblem(post(EDITOR, path, "{\"name\": \"x\", \"colour\": \"red\"}"), 400, "colour");
    assertProblem(post(EDITOR, path, "{\"name\": \"  \", " + own + "}"), 400, "name");
    assertProblem(
        post(EDITOR, path, "{\"name\": \"" + "n".repeat(301) + "\", " + own + "}"), 400, "name");
    assertProblem(post(null, path, "{\"name\": \"x\", " + own + "}"), 401, "sign in");
    assertProblem(
        put(EDITOR, path + "/nobody", "\"1\"", "{\"name\": \"x\", " + own + "}"), 404, "nobody");
    assertProblem(as(EDITOR, path + "/nobody").delete(), 404, "nobody");
    assertProblem(as(EDITOR, path).post(Entity.xml("<x/>")), 415, "not supported");
    assertProblem(as(null, path + "/nobody").get(), 404, "nobody");
    assertProblem(as(null, path + "?size=0").get(), 400, "'size'");
  }

  @Test
  void organisationRules() {
    assertProblem(
        post(EDITOR, "v1/organisations", "{\"name\": \"x\", \"type\": \"club\"}"), 400, "type");
    assertProblem(
        post(
            EDITOR,
            "v1/organisations",
            "{\"name\": \"x\", \"type\": \"nav\", \"orgNumber\": \"12345\"}"),
        400,
        "orgNumber");
    assertProblem(
        post(
            EDITOR,
            "v1/organisations",
            "{\"name\": \"x\", \"type\": \"nav\", \"orgNumber\": \"123456788\"}"),
        400,
        "check digit");
    var first =
        post(
            EDITOR,
            "v1/organisations",
            "{\"name\": \"A\", \"type\": \"nav\", \"orgNumber\": \"123456785\"}");
    assertEquals(201, first.getStatus(), () -> first.readEntity(String.class));
    assertProblem(
        post(
            EDITOR,
            "v1/organisations",
            "{\"name\": \"B\", \"type\": \"nav\", \"orgNumber\": \"123456785\"}"),
        409,
        "123456785");
    assertProblem(
        post(
            EDITOR,
            "v1/organisations",
            "{\"name\": \"x\", \"type\": \"nav\", \"parentId\": \"missing\"}"),
        400,
        "missing");
    String id = json(first).getString("id");
    assertProblem(
        put(
            EDITOR,
            "v1/organisations/" + id,
            "\"1\"",
            "{\"name\": \"A\", \"type\": \"nav\", \"parentId\": \"" + id + "\"}"),
        400,
        "own parent");
  }

  @Test
  void personRules() {
    assertProblem(
        post(EDITOR, "v1/people", "{\"name\": \"x\", \"orcid\": \"0000-0002-1825-0098\"}"),
        400,
        "check digit");
    assertProblem(post(EDITOR, "v1/people", "{\"name\": \"x\", \"orcid\": \"12\"}"), 400, "orcid");
    assertProblem(
        post(EDITOR, "v1/people", "{\"name\": \"x\", \"email\": \"not an address\"}"),
        400,
        "email");
    assertProblem(
        post(EDITOR, "v1/people", "{\"name\": \"x\", \"organisationId\": \"nowhere\"}"),
        400,
        "nowhere");
    assertEquals(
        201,
        post(EDITOR, "v1/people", "{\"name\": \"Josiah\", \"orcid\": \"0000-0002-1825-0097\"}")
            .getStatus());
    assertProblem(
        post(EDITOR, "v1/people", "{\"name\": \"Other\", \"orcid\": \"0000-0002-1825-0097\"}"),
        409,
        "orcid");
  }

  @Test
  void taxonomyIsServedWithLabels() {
    var taxonomy = json(as(null, "v1/taxonomy").get());
    assertEquals(4, taxonomy.getJsonArray("sectors").size());
    assertEquals(6, taxonomy.getJsonArray("levelsOfCare").size());
    var mentalHealth = taxonomy.getJsonArray("topics").getJsonObject(0);
    assertEquals("mental-health", mentalHealth.getString("key"));
    assertEquals("Psykisk helse", mentalHealth.getJsonObject("labels").getString("nb"));
    assertEquals("Mental health", mentalHealth.getJsonObject("labels").getString("en"));
    assertEquals(3, mentalHealth.getJsonArray("children").size());
    assertProblem(as(null, "v1/taxonomy").post(Entity.json("{}")), 405, "not allowed");
  }
}
