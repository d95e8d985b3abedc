package no.arbeidoghelse.kunnskapsbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.testing.OpenApiOperations;
import no.arbeidoghelse.kunnskapsbase.testing.OpenApiOperations.Operation;
import no.arbeidoghelse.kunnskapsbase.testing.OpenApiOperations.Parameter;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.SchemaValues;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated attacks: every operation of the OpenAPI document, driven with generated valid and
 * hostile input (values generated from the document's schemas by {@link SchemaValues}: wrong types,
 * nulls, unknown properties, odd text, junk ids and headers, malformed JSON) by anonymous callers,
 * researchers, editors and the administrator, against the packaged jar on MariaDB. Every answer
 * must be below 500, every 4xx a problem document, every status one the document lists (or one any
 * operation may give: 401, 403, 404, 405, 406, 413, 415, 429), every JSON answer must fit its
 * schema, and the server must still be ready afterwards. {@code -Dkb.fuzz.requests} sets how many
 * requests are sent (CI: a few hundred; {@code bench/fuzz.sh}: many thousand), {@code
 * -Dkb.fuzz.seed} repeats a run.
 */
class ApiFuzzIT {

  private static final Set<Integer> ANY_OPERATION_MAY_ANSWER =
      Set.of(401, 403, 404, 405, 406, 413, 415, 429);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static TestDatabase database;
  static RunningApp app;
  static OpenApiOperations api = OpenApiOperations.load();

  /** Who may call: username and current password (kept up to date when a call changes it). */
  static final Map<String, String> passwords = new LinkedHashMap<>();

  /** Ids that exist, by the collection they belong to ("projects", "documents", ...). */
  static final Map<String, List<String>> ids = new HashMap<>();

  @TempDir static Path files;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.mariaDb();
    app = RunningApp.onMariaDb("fuzz", database).with("KB_SAMPLE_DATA", "true").start();
    passwords.put("admin", RunningApp.ADMIN_PASSWORD);
    for (String[] user :
        List.of(
            new String[] {"fuzz-rita", "researcher"},
            new String[] {"fuzz-eva", "editor"},
            new String[] {"fuzz-target", "researcher"})) {
      app.createUser(user[0] + ":fuzz-password-1", user[1]);
      passwords.put(user[0], "fuzz-password-1");
    }
    setUpRecords();
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

  /** Records of every kind in several states, a document, a theme and a featured entry. */
  private static void setUpRecords() throws Exception {
    String rita = "fuzz-rita:fuzz-password-1";
    String eva = "fuzz-eva:fuzz-password-1";
    String draft =
        id(
            app.json(
                "POST", "/api/v1/projects", "{\"title\":\"Utkast\",\"status\":\"planned\"}", rita));
    id(
        app.json(
            "POST", "/api/v1/projects", "{\"title\":\"Publisert\",\"status\":\"ongoing\"}", eva));
    Path file = Files.writeString(files.resolve("notat.txt"), "Et notat om arbeid og helse.");
    var uploaded = app.upload("/api/v1/projects/" + draft + "/documents", file, rita);
    remember("documents", MAPPER.readTree(uploaded.body()).path("id").asText());
    String theme =
        id(
            app.json(
                "POST",
                "/api/v1/themes",
                "{\"title\":\"Tema\",\"slug\":\"tema\",\"itemIds\":[\"" + draft + "\"]}",
                eva));
    remember("themes", theme);
    remember("themes", "tema");
    remember(
        "featured",
        id(app.json("POST", "/api/v1/featured", "{\"itemId\":\"" + draft + "\"}", eva)));
    remember("tokens", id(app.json("POST", "/api/v1/me/tokens", "{\"name\":\"fuzz\"}", rita)));
    for (String collection :
        List.of("projects", "publications", "practice-reports", "organisations", "people")) {
      var list =
          MAPPER.readTree(app.json("GET", "/api/v1/" + collection + "?size=100", null, eva).body());
      list.path("items").forEach(item -> remember(collection, item.path("id").asText()));
    }
    remember("projects", draft);
  }

  private static String id(HttpResponse<String> created) throws IOException {
    assertTrue(created.statusCode() < 300, created::body);
    return MAPPER.readTree(created.body()).path("id").asText();
  }

  private static void remember(String collection, String id) {
    if (!id.isEmpty()) {
      ids.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
    }
  }

  @Test
  void generatedRequestsNeverBreakTheServer() throws Exception {
    int requests = Integer.getInteger("kb.fuzz.requests", 600);
    String givenSeed = System.getProperty("kb.fuzz.seed", "");
    long seed = givenSeed.isBlank() ? System.nanoTime() : Long.parseLong(givenSeed);
    var random = new Random(seed);
    var values = new SchemaValues(api, random);
    var operations = api.operations();
    Map<String, Integer> byStatus = new TreeMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    int wrongPasswords = 0;
    for (int n = 0; n < requests; n++) {
      Operation operation = operations.get(random.nextInt(operations.size()));
      var request = request(operation, random, values);
      if (request.checksPassword() && !request.passwordRight()) {
        // a wrong password counts against this client address; enough of them would throttle
        // every later request, so the run spends only a few
        if (++wrongPasswords > 12) {
          continue;
        }
      }
      HttpResponse<String> answer;
      try {
        answer = app.send(request.http(), request.credentials());
      } catch (IOException e) {
        failures.putIfAbsent(operation.name() + " no answer", e + " for " + request);
        continue;
      }
      byStatus.merge(answer.statusCode() + "", 1, Integer::sum);
      check(operation, request, answer)
          .ifPresent(
              problem ->
                  failures.putIfAbsent(operation.name() + " " + problem.kind(), problem.detail()));
      followAccountChange(operation, request, answer);
    }
    var ready = app.get("/health/ready");
    System.out.println(
        "ApiFuzzIT: " + requests + " requests (seed " + seed + "), answers by status " + byStatus);
    assertEquals(200, ready.statusCode(), "the server is still ready: " + ready.body());
    assertTrue(
        failures.isEmpty(),
        () ->
            failures.size()
                + " kinds of wrong answers (seed "
                + seed
                + "):\n"
                + failures.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("\n")));
  }

  /** One generated request, with what is needed to describe and judge it. */
  record Generated(
      String method,
      String path,
      String query,
      Map<String, String> headers,
      String contentType,
      byte[] body,
      String credentials,
      boolean checksPassword,
      boolean passwordRight) {

    HttpRequest.Builder http() {
      var builder =
          HttpRequest.newBuilder(app.uri(path + (query.isEmpty() ? "" : "?" + query)))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(builder::header);
      if (contentType != null) {
        builder.header("Content-Type", contentType);
      }
      return builder;
    }

    @Override
    public String toString() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + path
          + (query.isEmpty() ? "" : "?" + query)
          + " as "
          + (credentials == null ? "anonymous" : credentials.split(":")[0])
          + " "
          + headers
          + " "
          + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
  }

  private Generated request(Operation operation, Random random, SchemaValues values) {
    String path = operation.path();
    StringBuilder query = new StringBuilder();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Parameter parameter : operation.parameters()) {
      switch (parameter.in()) {
        case "path" ->
            path =
                path.replace(
                    "{" + parameter.name() + "}",
                    pathSegment(pathValue(operation, parameter, random)));
        case "query" -> {
          if (parameter.required() || random.nextBoolean()) {
            query
                .append(query.isEmpty() ? "" : "&")
                .append(encode(parameter.name()))
                .append('=')
                .append(encode(text(values.any(parameter.schema()))));
          }
        }
        case "header" -> {
          if (parameter.required() || random.nextBoolean()) {
            headers.put(
                parameter.name(),
                random.nextInt(4) == 0
                    ? "junk-" + random.nextInt(100)
                    : "\"" + (1 + random.nextInt(3)) + "\"");
          }
        }
        default -> {}
      }
    }
    String user = caller(random);
    String credentials = user == null ? null : user + ":" + passwords.get(user);
    String contentType = null;
    byte[] body = null;
    boolean checksPassword = false;
    boolean passwordRight = true;
    if (operation.jsonBody() != null) {
      contentType = random.nextInt(20) == 0 ? "text/plain" : "application/json";
      JsonNode json = values.any(operation.jsonBody());
      if (operation.path().equals("/api/v1/session")
          || operation.path().equals("/api/v1/me/password")) {
        checksPassword = true;
        passwordRight = withPassword(json, user, random);
      }
      String text = json.toString();
      if (random.nextInt(10) == 0) {
        text = text.substring(0, random.nextInt(text.length() + 1)); // cut short: malformed
      }
      body = text.getBytes(StandardCharsets.UTF_8);
    } else if (operation.multipart()) {
      var multipart = multipart(random);
      contentType = multipart.contentType();
      body = multipart.body();
    }
    return new Generated(
        operation.method().toUpperCase(),
        path,
        query.toString(),
        headers,
        contentType,
        body,
        credentials,
        checksPassword,
        passwordRight);
  }

  /** An id that exists (mostly of the path's own collection), or junk. */
  private static String pathValue(Operation operation, Parameter parameter, Random random) {
    if (random.nextInt(5) == 0) {
      List<String> junk =
          List.of(
              "00000000-0000-0000-0000-000000000000",
              "x",
              "..",
              "%",
              "æøå",
              "a".repeat(300),
              "-1",
              "0");
      return junk.get(random.nextInt(junk.size()));
    }
    return switch (parameter.name()) {
      case "version" -> Integer.toString(1 + random.nextInt(4));
      case "username" ->
          List.of("fuzz-target", "fuzz-rita", "FUZZ-TARGET", "nobody", "fuzz-target ")
              .get(random.nextInt(5));
      default -> {
        String collection = collectionOf(operation.path());
        List<String> own = ids.getOrDefault(collection, List.of());
        List<String> all = ids.values().stream().flatMap(List::stream).toList();
        List<String> pool = own.isEmpty() || random.nextInt(4) == 0 ? all : own;
        yield pool.get(random.nextInt(pool.size()));
      }
    };
  }

  /**
   * The collection a path's id belongs to: "/api/v1/projects/{id}/..." → projects, "/api/v1/me/
   * tokens/{id}" → tokens, "/api/v1/themes/{idOrSlug}" → themes.
   */
  private static String collectionOf(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i + 1].startsWith("{")) {
        return parts[i];
      }
    }
    return "";
  }

  /** Anonymous, a researcher, an editor or the administrator (who may change fuzz-target). */
  private static String caller(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> "fuzz-rita";
      case 2 -> "fuzz-eva";
      default -> "admin";
    };
  }

  /**
   * Puts the caller's real password into a sign-in or password change most of the time; answers
   * whether the password sent is right.
   */
  private static boolean withPassword(JsonNode json, String user, Random random) {
    if (!(json instanceof ObjectNode object) || user == null || random.nextInt(5) == 0) {
      return false;
    }
    String field =
        object.has("currentPassword") || !object.has("password") ? "currentPassword" : "password";
    if (object.has("username") || field.equals("password")) {
      object.put("username", user);
      object.put("password", passwords.get(user));
    } else {
      object.put("currentPassword", passwords.get(user));
    }
    return true;
  }

  /**
   * Keeps the callers usable after a call that changed them: a password changed by the caller
   * ({@code PUT /me/password}) or by the administrator ({@code PUT /users/{username}}) is the one
   * to use from then on, and an account the administrator disabled is enabled again, so later
   * requests are not refused for a reason the run itself made (nor throttled for it).
   */
  private static void followAccountChange(
      Operation operation, Generated request, HttpResponse<String> answer) throws Exception {
    boolean ownPassword =
        operation.path().equals("/api/v1/me/password") && answer.statusCode() == 204;
    boolean administered =
        operation.path().equals("/api/v1/users/{username}")
            && operation.method().equals("put")
            && answer.statusCode() == 200;
    if (!ownPassword && !administered || request.credentials() == null) {
      return;
    }
    JsonNode body = MAPPER.readTree(request.body());
    String user =
        ownPassword
            ? request.credentials().split(":")[0]
            : MAPPER.readTree(answer.body()).path("username").asText();
    if (!passwords.containsKey(user)) {
      return;
    }
    String password = body.path(ownPassword ? "newPassword" : "password").asText("");
    if (!password.isEmpty()) {
      passwords.put(user, password);
    }
    if (administered && body.path("enabled").isBoolean() && !body.get("enabled").asBoolean()) {
      var enabled =
          app.json(
              "PUT",
              "/api/v1/users/" + user,
              "{\"enabled\":true}",
              "admin:" + passwords.get("admin"));
      assertEquals(200, enabled.statusCode(), enabled::body);
    }
  }

  private static RunningApp.Multipart multipart(Random random) {
    String boundary = "fuzz-" + random.nextInt(1_000_000);
    var body = new StringBuilder();
    if (random.nextInt(4) > 0) {
      body.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
          .append(List.of("a.txt", "møte.pdf", "../../x", "", "\u0000.bin").get(random.nextInt(5)))
          .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .append(
              List.of("tekst om arbeid", "%PDF-1.4 broken", "", "PK\u0003\u0004")
                  .get(random.nextInt(4)))
          .append("\r\n");
    }
    if (random.nextBoolean()) {
      body.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\n")
          .append(List.of("nb", "xx-yy", "", "æ").get(random.nextInt(4)))
          .append("\r\n");
    }
    body.append("--").append(boundary).append(random.nextInt(8) == 0 ? "" : "--\r\n");
    return new RunningApp.Multipart(
        "multipart/form-data; boundary=" + boundary,
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  /**
   * A path segment, percent-encoded; a segment of dots is encoded too, as clients remove "." and
   * ".." segments before sending (RFC 3986, 5.2.4) and the container answers a raw one itself.
   */
  private static String pathSegment(String text) {
    return text.chars().allMatch(c -> c == '.') ? text.replace(".", "%2E") : encode(text);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** What was wrong with an answer: a kind (to group by) and the details of one example. */
  record Problem(String kind, String detail) {}

  private static java.util.Optional<Problem> check(
      Operation operation, Generated request, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String example = status + " for " + request + " → " + shorten(answer.body());
    if (status >= 500) {
      return java.util.Optional.of(new Problem("5xx", example));
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (status >= 400 && !type.startsWith("application/problem+json")) {
      return java.util.Optional.of(new Problem(status + " not problem+json", type + " " + example));
    }
    if (!operation.answers().containsKey(Integer.toString(status))
        && !ANY_OPERATION_MAY_ANSWER.contains(status)) {
      return java.util.Optional.of(new Problem(status + " undocumented", example));
    }
    JsonNode schema = operation.answers().get(Integer.toString(status));
    if (schema == null || !type.contains("json") || answer.body().isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      var errors = validator(schema).validate(MAPPER.readTree(answer.body()));
      return errors.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              new Problem(
                  status + " does not fit its schema",
                  errors.iterator().next() + " in " + example));
    } catch (IOException e) {
      return java.util.Optional.of(new Problem(status + " not JSON", example));
    }
  }

  private static final Map<JsonNode, JsonSchema> VALIDATORS = new HashMap<>();

  /** A validator of the schema, with the document's components for its {@code $ref}s. */
  private static JsonSchema validator(JsonNode schema) {
    return VALIDATORS.computeIfAbsent(
        schema,
        s -> {
          ObjectNode root = (ObjectNode) api.document().deepCopy();
          root.remove(List.of("paths", "info", "openapi", "servers", "security", "tags"));
          root.setAll((ObjectNode) s);
          return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
              .getSchema(
                  root, SchemaValidatorsConfig.builder().nullableKeywordEnabled(true).build());
        });
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
