package no.arbeidoghelse.kunnskapsbase.item.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import jakarta.ws.rs.client.Entity;
import java.util.List;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The verbs every item collection offers, and every way a client can get them wrong. */
class ItemResourcesTest extends ApiTest {

  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of("projects", "\"status\": \"ongoing\""),
        Arguments.of("publications", "\"publicationType\": \"article\", \"year\": 2024"),
        Arguments.of(
            "practice-reports",
            "\"provider\": \"Nav Testby\", \"providerType\": \"nav-unit\", \"year\": 2024"));
  }

  private static String body(String own, String extra) {
    return "{\"title\": \"Sykefravær og arbeid\", "
        + own
        + (extra.isEmpty() ? "" : ", " + extra)
        + "}";
  }

  @ParameterizedTest
  @MethodSource("collections")
  void lifeCycleWithOptimisticConcurrency(String collection, String own) {
    var created = post(EDITOR, "v1/" + collection, body(own, "\"sectors\": [\"health\"]"));
    assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
    assertEquals("\"1\"", created.getHeaderString("ETag"));
    String id = json(created).getString("id");
    assertTrue(created.getLocation().getPath().endsWith("/v1/" + collection + "/" + id));

    var read = as(null, "v1/" + collection + "/" + id).get();
    assertEquals(200, read.getStatus());
    assertEquals("\"1\"", read.getHeaderString("ETag"));
    var item = json(read);
    assertEquals("published", item.getString("state"));
    assertFalse(item.containsKey("owner"), "owner is shown only to those who may edit");

    // the organisation makes the update run reference queries, which must not add a version
    String org = organisation("Nav Testby");
    var updated =
        put(
            EDITOR,
            "v1/" + collection + "/" + id,
            "\"1\"",
            body(
                own,
                "\"titleEn\": \"Sick leave\", \"organisations\": [{\"id\": \""
                    + org
                    + "\", \"role\": \"partner\"}]"));
    assertEquals(200, updated.getStatus(), () -> updated.readEntity(String.class));
    assertEquals("\"2\"", updated.getHeaderString("ETag"));
    assertEquals("Sick leave", json(updated).getString("titleEn"));

    assertProblem(
        put(EDITOR, "v1/" + collection + "/" + id, "\"1\"", body(own, "")), 412, "has changed");
    assertProblem(put(EDITOR, "v1/" + collection + "/" + id, null, body(own, "")), 428, "If-Match");
    assertEquals(
        "Sick leave",
        json(as(null, "v1/" + collection + "/" + id).get()).getString("titleEn"),
        "a refused update changes nothing");

    assertEquals(204, as(EDITOR, "v1/" + collection + "/" + id).delete().getStatus());
    assertProblem(as(null, "v1/" + collection + "/" + id).get(), 404, id);
    assertEquals(
        "withdrawn", json(as(EDITOR, "v1/" + collection + "/" + id).get()).getString("state"));
    assertProblem(as(EDITOR, "v1/" + collection + "/" + id).delete(), 409, "already withdrawn");

    var restored = as(EDITOR, "v1/" + collection + "/" + id + "/restore").post(null);
    assertEquals(200, restored.getStatus(), () -> restored.readEntity(String.class));
    assertEquals("published", json(restored).getString("state"));
    assertProblem(
        as(EDITOR, "v1/" + collection + "/" + id + "/restore").post(null), 409, "withdrawn");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void listsAndReferencesChangeCleanly(String collection, String own) {
    String path = "v1/" + collection;
    String org = organisation("Nav Listeby");
    var created =
        post(
            EDITOR,
            path,
            body(
                own,
                "\"keywords\": [\"x\", \"y\", \"z\", \"w\"], \"organisations\": [{\"id\": \""
                    + org
                    + "\", \"role\": \"partner\"}]"));
    assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
    String id = json(created).getString("id");
    // found by the fuzz test: every other list of keywords once broke the update (500)
    var changed =
        put(
            EDITOR,
            path + "/" + id,
            "\"1\"",
            body(
                own,
                "\"keywords\": [\"a\", \"b\", \"c\"], \"organisations\": [{\"id\": \""
                    + org
                    + "\", \"role\": \"partner\"}]"));
    assertEquals(200, changed.getStatus(), () -> changed.readEntity(String.class));
    assertEquals("\"2\"", changed.getHeaderString("ETag"));
    assertEquals(
        List.of("a", "b", "c"),
        json(as(null, path + "/" + id).get())
            .getJsonArray("keywords")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList());
    // a link to a record that does not exist is named, on an update as on a create (projects
    // link nothing themselves; their funders are organisations)
    String dangling =
        collection.equals("projects")
            ? "\"funding\": [{\"funder\": \"X\", \"organisationId\": \"no-such-record\"}]"
            : "\"projectIds\": [\"no-such-record\"]";
    assertProblem(
        put(EDITOR, path + "/" + id, "\"2\"", body(own, dangling)), 400, "no-such-record");
    assertProblem(post(EDITOR, path, body(own, dangling)), 400, "no-such-record");
    assertProblem(
        put(
            EDITOR,
            path + "/" + id,
            "\"2\"",
            body(own, "\"organisations\": [{\"id\": \"no-such-org\", \"role\": \"partner\"}]")),
        400,
        "no-such-org");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void badBodiesAreNamedProblems(String collection, String own) {
    String path = "v1/" + collection;
    int before = json(as(EDITOR, path).get()).getInt("total");
    assertProblem(post(EDITOR, path, "{\"title\": "), 400, "not valid JSON");
    assertProblem(post(EDITOR, path, body(own, "\"sectors\": \"health\"")), 400, "does not fit");
    assertProblem(post(EDITOR, path, body(own, "\"titel\": \"x\"")), 400, "titel");
    assertProblem(post(EDITOR, path, "[1, 2]"), 400, "does not fit");
    assertProblem(post(EDITOR, path, "{" + own + "}"), 400, "title");
    assertProblem(
        post(EDITOR, path, body(own, "\"summary\": \"" + "x".repeat(10_001) + "\"")),
        400,
        "summary");
    assertProblem(post(EDITOR, path, body(own, "\"language\": \"se\"")), 400, "language");
    var unknownKey =
        assertProblem(
            post(EDITOR, path, body(own, "\"topics\": [\"ips\", \"helth\"]")), 400, "helth");
    assertEquals("topics", unknownKey.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(
        post(
            EDITOR,
            path,
            body(own, "\"organisations\": [{\"id\": \"nope\", \"role\": \"partner\"}]")),
        400,
        "nope");
    assertProblem(
        post(EDITOR, path, body(own, "\"organisations\": [{\"id\": \"x\", \"role\": \"boss\"}]")),
        400,
        "organisations[0].role");
    assertProblem(
        post(EDITOR, path, body(own, "\"links\": [{\"url\": \"ftp://x\"}]")), 400, "links[0].url");
    assertProblem(post(EDITOR, path, body(own, "\"sectors\": [\"\"]")), 400, "sectors");
    assertProblem(as(EDITOR, path).post(Entity.text("title=x")), 415, "text/plain");
    assertProblem(as(EDITOR, path).post(Entity.json("")), 400, "body is required");
    assertProblem(post(null, path, body(own, "")), 401, "sign in");
    assertProblem(post(EDITOR, path, body(own, "\"state\": \"finished\"")), 400, "state");
    assertProblem(
        post(EDITOR, path, body(own, "\"summary\": \"" + "x".repeat(1_100_000) + "\"")),
        413,
        "larger than");
    assertEquals(before, json(as(EDITOR, path).get()).getInt("total"), "nothing was stored");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void badUpdatesAndUnknownIds(String collection, String own) {
    String path = "v1/" + collection;
    String id = create(EDITOR, collection, body(own, ""));
    assertProblem(as(null, path + "/no-such-id").get(), 404, "no-such-id");
    assertProblem(put(EDITOR, path + "/no-such-id", "\"1\"", body(own, "")), 404, "no-such-id");
    assertProblem(as(EDITOR, path + "/no-such-id").delete(), 404, "no-such-id");
    assertProblem(as(EDITOR, path + "/no-such-id/restore").post(null), 404, "no-such-id");
    assertProblem(put(EDITOR, path + "/" + id, "\"1\"", "{\"title\": \"\"}"), 400, "title");
    assertProblem(
        put(EDITOR, path + "/" + id, "\"1\"", body(own, "\"id\": \"another\"")),
        400,
        "does not match");
    assertProblem(
        put(EDITOR, path + "/" + id, "\"1\"", body(own, "\"state\": \"draft\"")), 409, "workflow");
    assertProblem(put(null, path + "/" + id, "\"1\"", body(own, "")), 401, "sign in");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void listQueryParametersAreChecked(String collection, String own) {
    String path = "v1/" + collection;
    assertProblem(as(null, path + "?page=0").get(), 400, "'page'");
    assertProblem(as(null, path + "?page=abc").get(), 400, "'page'");
    assertProblem(as(null, path + "?size=101").get(), 400, "'size'");
    assertProblem(as(null, path + "?size=-1").get(), 400, "'size'");
    assertProblem(as(null, path + "?state=gone").get(), 400, "'state'");
    assertProblem(as(null, path + "/x/y/z").get(), 404, "no resource");
    assertProblem(as(EDITOR, path).method("PATCH", Entity.json("{}")), 405, "not allowed");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void pagesAreStableAndComplete(String collection, String own) {
    for (int i = 0; i < 5; i++) {
      create(EDITOR, collection, body(own, ""));
    }
    var first = json(as(null, "v1/" + collection + "?size=3").get());
    int total = first.getInt("total");
    assertTrue(total >= 5);
    assertEquals(1, first.getInt("page"));
    assertEquals(3, first.getInt("size"));
    List<String> seen = new java.util.ArrayList<>();
    for (int page = 1; page <= (total + 2) / 3; page++) {
      json(as(null, "v1/" + collection + "?size=3&page=" + page).get())
          .getJsonArray("items")
          .forEach(i -> seen.add(i.asJsonObject().getString("id")));
    }
    assertEquals(total, seen.size());
    assertEquals(total, seen.stream().distinct().count(), "no item on two pages");
  }

  @ParameterizedTest
  @MethodSource("collections")
  void draftsAreVisibleOnlyToOwnerAndEditors(String collection, String own) {
    String path = "v1/" + collection;
    var created = json(post(RESEARCHER, path, body(own, "")));
    assertEquals("draft", created.getString("state"));
    assertEquals("rita", created.getString("owner"));
    String id = created.getString("id");
    assertProblem(as(null, path + "/" + id).get(), 404, id);
    assertProblem(as(OTHER_RESEARCHER, path + "/" + id).get(), 404, id);
    assertProblem(put(OTHER_RESEARCHER, path + "/" + id, "\"1\"", body(own, "")), 404, id);
    assertEquals(200, as(RESEARCHER, path + "/" + id).get().getStatus());
    assertEquals(200, as(EDITOR, path + "/" + id).get().getStatus());
    assertFalse(ids(as(null, path + "?size=100").get()).contains(id));
    assertTrue(ids(as(RESEARCHER, path + "?size=100").get()).contains(id));
    assertTrue(ids(as(EDITOR, path + "?size=100").get()).contains(id));
    assertProblem(post(RESEARCHER, path, body(own, "\"state\": \"published\"")), 403, "draft");

    String published = create(EDITOR, collection, body(own, ""));
    assertProblem(put(RESEARCHER, path + "/" + published, "\"1\"", body(own, "")), 403, "owner");
    assertProblem(as(RESEARCHER, path + "/" + published).delete(), 403, "owner");
  }

  private List<String> ids(jakarta.ws.rs.core.Response response) {
    return json(response).getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("id"))
        .toList();
  }

  @org.junit.jupiter.api.Test
  void linksBetweenItemsShowFromBothSides() {
    String org = organisation("Høgskolen i Testby");
    String project =
        create(
            EDITOR,
            "projects",
            "{\"title\": \"IPS\", \"status\": \"ongoing\", \"organisations\": [{\"id\": \""
                + org
                + "\", \"role\": \"responsible\"}]}");
    String publication =
        create(
            EDITOR,
            "publications",
            "{\"title\": \"Resultater\", \"publicationType\": \"report\", \"year\": 2025,"
                + " \"doi\": \"https://doi.org/10.5555/abc.1\", \"projectIds\": [\""
                + project
                + "\"]}");
    String report =
        create(
            EDITOR,
            "practice-reports",
            "{\"title\": \"Erfaring\", \"provider\": \"Nav\", \"providerType\": \"nav-unit\","
                + " \"year\": 2025, \"projectIds\": [\""
                + project
                + "\"], \"publicationIds\": [\""
                + publication
                + "\"]}");
    var projectJson = json(as(null, "v1/projects/" + project).get());
    assertEquals(List.of(publication), strings(projectJson.getJsonArray("publicationIds")));
    assertEquals(List.of(report), strings(projectJson.getJsonArray("practiceReportIds")));
    var publicationJson = json(as(null, "v1/publications/" + publication).get());
    assertEquals("10.5555/abc.1", publicationJson.getString("doi"));
    assertEquals(List.of(project), strings(publicationJson.getJsonArray("projectIds")));
    assertEquals(List.of(report), strings(publicationJson.getJsonArray("practiceReportIds")));

    assertProblem(
        post(
            EDITOR,
            "v1/publications",
            "{\"title\": \"x\", \"publicationType\": \"report\", \"year\": 2025, \"projectIds\": [\""
                + publication
                + "\"]}"),
        400,
        "cannot be linked");
    assertProblem(
        post(
            EDITOR,
            "v1/publications",
            "{\"title\": \"x\", \"publicationType\": \"report\", \"year\": 2025, \"projectIds\": [\"gone\"]}"),
        400,
        "gone");

    assertEquals(204, as(EDITOR, "v1/publications/" + publication).delete().getStatus());
    assertTrue(
        json(as(null, "v1/projects/" + project).get()).getJsonArray("publicationIds").isEmpty(),
        "a withdrawn item is not shown as linked");
  }

  @org.junit.jupiter.api.Test
  void typeSpecificRules() {
    assertProblem(
        post(
            EDITOR,
            "v1/projects",
            "{\"title\": \"x\", \"status\": \"ongoing\", \"startDate\": \"2025-05-01\", \"endDate\": \"2024-01-01\"}"),
        400,
        "endDate");
    assertProblem(
        post(
            EDITOR,
            "v1/projects",
            "{\"title\": \"x\", \"status\": \"ongoing\", \"startDate\": \"2025-13-01\"}"),
        400,
        "date");
    assertProblem(
        post(EDITOR, "v1/projects", "{\"title\": \"x\", \"status\": \"paused\"}"), 400, "status");
    assertProblem(
        post(
            EDITOR,
            "v1/publications",
            "{\"title\": \"x\", \"publicationType\": \"article\", \"year\": 1850}"),
        400,
        "year");
    assertProblem(
        post(
            EDITOR,
            "v1/publications",
            "{\"title\": \"x\", \"publicationType\": \"article\", \"year\": \"2020x\"}"),
        400,
        "whole number");
    assertProblem(
        post(
            EDITOR,
            "v1/publications",
            "{\"title\": \"x\", \"publicationType\": \"article\", \"year\": 2020, \"doi\": \"doi:abc\"}"),
        400,
        "doi");
    assertProblem(
        post(
            EDITOR,
            "v1/practice-reports",
            "{\"title\": \"x\", \"providerType\": \"nav-unit\", \"year\": 2020}"),
        400,
        "provider");
    var withAbstract =
        json(
            post(
                EDITOR,
                "v1/publications",
                "{\"title\": \"x\", \"publicationType\": \"article\", \"year\": 2020, \"abstract\": \"Bakgrunn\"}"));
    assertEquals("Bakgrunn", withAbstract.getString("abstract"));
    assertNotNull(withAbstract.getString("createdAt"));
  }

  private static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
