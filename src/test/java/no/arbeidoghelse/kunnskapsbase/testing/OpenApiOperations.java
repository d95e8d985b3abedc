package no.arbeidoghelse.kunnskapsbase.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.OpenApiDocument;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * The operations of the application's OpenAPI document ({@code META-INF/openapi.yaml}), with their
 * parameters, request bodies and answers, {@code $ref}s followed: what the fuzz test drives.
 */
public final class OpenApiOperations {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** One parameter: where it goes (path, query, header), its name and schema. */
  public record Parameter(String in, String name, boolean required, JsonNode schema) {}

  /**
   * One operation. {@code jsonBody} is the schema of an {@code application/json} body (or null);
   * {@code multipart} says the body is a file upload; {@code answers} maps each documented status
   * to the schema of its JSON body (null when it has none).
   */
  public record Operation(
      String method,
      String path,
      String operationId,
      List<Parameter> parameters,
      JsonNode jsonBody,
      boolean multipart,
      Map<String, JsonNode> answers) {

    public String name() {
      return method.toUpperCase() + " " + path;
    }
  }

  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();

  private OpenApiOperations(JsonNode document) {
    this.document = document;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      var path = paths.next();
      List<Parameter> shared = parameters(path.getValue().get("parameters"));
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        var method = methods.next();
        if (METHODS.contains(method.getKey())) {
          operations.add(operation(method.getKey(), path.getKey(), method.getValue(), shared));
        }
      }
    }
  }

  /** The document packed with the application. */
  public static OpenApiOperations load() {
    try {
      String yaml = OpenApiDocument.withValueLists(OpenApiDocument.read(), Taxonomy.configured());
      return new OpenApiOperations(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Operation> operations() {
    return operations;
  }

  /** The whole document, for schema validation with its {@code $ref}s. */
  public JsonNode document() {
    return document;
  }

  /** The node a {@code $ref} points to (repeatedly), or the node itself. */
  public JsonNode resolve(JsonNode node) {
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      node = document.at(ref.substring(1));
    }
    return node;
  }

  private Operation operation(String method, String path, JsonNode spec, List<Parameter> shared) {
    List<Parameter> parameters = new ArrayList<>(shared);
    parameters.addAll(parameters(spec.get("parameters")));
    JsonNode jsonBody = null;
    boolean multipart = false;
    JsonNode body = resolve(spec.get("requestBody"));
    if (body != null) {
      JsonNode content = body.get("content");
      if (content.has("application/json")) {
        jsonBody = content.get("application/json").get("schema");
      }
      multipart = content.has("multipart/form-data");
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> responses = spec.get("responses").fields();
        responses.hasNext(); ) {
      var response = responses.next();
      JsonNode resolved = resolve(response.getValue());
      JsonNode content = resolved.get("content");
      JsonNode schema = null;
      if (content != null) {
        for (String type : List.of("application/json", "application/problem+json")) {
          if (content.has(type) && content.get(type).has("schema")) {
            schema = content.get(type).get("schema");
          }
        }
      }
      answers.put(response.getKey(), schema);
    }
    return new Operation(
        method,
        path,
        spec.path("operationId").asText(method + " " + path),
        parameters,
        jsonBody,
        multipart,
        answers);
  }

  private List<Parameter> parameters(JsonNode list) {
    List<Parameter> parameters = new ArrayList<>();
    if (list != null) {
      for (JsonNode given : list) {
        JsonNode parameter = resolve(given);
        parameters.add(
            new Parameter(
                parameter.get("in").asText(),
                parameter.get("name").asText(),
                parameter.path("required").asBoolean(false),
                resolve(parameter.get("schema"))));
      }
    }
    return parameters;
  }
}
