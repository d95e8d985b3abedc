package no.arbeidoghelse.kunnskapsbase.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * JSON values generated from OpenAPI 3.0 schemas with a seeded {@link Random} (so a run can be
 * repeated): values that fit the schema (its types, enums, lengths, ranges and formats, though not
 * every rule between fields), and hostile values (wrong types, nulls in lists, unknown properties,
 * values out of range, text that has broken parsers, databases and templates before).
 */
public final class SchemaValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static final List<String> ODD_TEXTS =
      List.of(
          "",
          " ",
          "møte æøå ÆØÅ",
          "\u0000",
          "\uD83D\uDE00",
          "\u202Eevil",
          "<script>alert(1)</script>",
          "'; DROP TABLE item; --",
          "../../etc/passwd",
          "%00%2F%2e%2e",
          "${jndi:ldap://x}",
          "a".repeat(5_000),
          "a~ a~ a~ a~ a~",
          "ord1~2 ord2~2 ord3~2 ord4~2 ord5~2",
          "\"unclosed",
          "NOT NOT OR AND",
          "-0001-01-01",
          "+99999-01-01",
          "2147483648",
          "-1",
          "1e309",
          "true",
          "null");

  private final OpenApiOperations api;
  private final Random random;

  public SchemaValues(OpenApiOperations api, Random random) {
    this.api = api;
    this.random = random;
  }

  /** Mostly a value that fits, now and then a hostile one. */
  public JsonNode any(JsonNode schema) {
    return random.nextInt(10) < 6 ? fitting(schema) : hostile(schema);
  }

  /** One of the values, chosen evenly. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A value the schema accepts (as far as the schema alone can tell). */
  public JsonNode fitting(JsonNode given) {
    JsonNode schema = api.resolve(given);
    if (schema == null) {
      return JSON.nullNode();
    }
    if (schema.has("allOf")) {
      ObjectNode merged = JSON.objectNode();
      schema
          .get("allOf")
          .forEach(
              part -> {
                if (fitting(part) instanceof ObjectNode object) {
                  merged.setAll(object);
                }
              });
      return merged;
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
    }
    return switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
      case "object" -> object(schema);
      case "array" -> array(schema);
      case "integer" -> integer(schema);
      case "number" -> JSON.numberNode(random.nextDouble() * 1e6);
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      default -> JSON.textNode(string(schema));
    };
  }

  /** A value the schema refuses, or one at its edges. */
  public JsonNode hostile(JsonNode given) {
    JsonNode schema = api.resolve(given);
    return switch (random.nextInt(schema == null ? 2 : 4)) {
      case 0 -> JSON.textNode(oneOf(ODD_TEXTS));
      case 1 ->
          oneOf(
              List.of(
                  JSON.nullNode(),
                  JSON.numberNode(Long.MAX_VALUE),
                  JSON.numberNode(-1),
                  JSON.numberNode(0.5),
                  JSON.booleanNode(true),
                  JSON.arrayNode().addNull(),
                  JSON.objectNode().put("unexpected", 1)));
      case 2 -> JSON.arrayNode().add(fitting(schema));
      default -> withOneHostileProperty(fitting(schema));
    };
  }

  private JsonNode withOneHostileProperty(JsonNode value) {
    if (!(value instanceof ObjectNode object)) {
      return hostile(null);
    }
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    names.add("unknownProperty");
    object.set(oneOf(names), hostile(null));
    return object;
  }

  private JsonNode object(JsonNode schema) {
    ObjectNode object = JSON.objectNode();
    JsonNode properties = schema.get("properties");
    if (properties == null) {
      return object;
    }
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      var property = it.next();
      JsonNode propertySchema = api.resolve(property.getValue());
      boolean readOnly = propertySchema.path("readOnly").asBoolean(false);
      if (!readOnly && (required.contains(property.getKey()) || random.nextBoolean())) {
        object.set(property.getKey(), fitting(propertySchema));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema) {
    int min = schema.path("minItems").asInt(0);
    int max = Math.max(min, Math.min(schema.path("maxItems").asInt(3), 3));
    ArrayNode array = JSON.arrayNode();
    int size = min + random.nextInt(max - min + 1);
    for (int i = 0; i < size; i++) {
      array.add(fitting(schema.get("items")));
    }
    return array;
  }

  private JsonNode integer(JsonNode schema) {
    long min = schema.path("minimum").asLong(-1000);
    long max = schema.path("maximum").asLong(Math.max(min, 0) + 1000);
    return JSON.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
  }

  private String string(JsonNode schema) {
    int max = Math.max(1, Math.min(schema.path("maxLength").asInt(40), 40));
    int min = Math.min(schema.path("minLength").asInt(1), max);
    String pattern = schema.path("pattern").asText("");
    return switch (schema.path("format").asText("")) {
      case "date" ->
          (1900 + random.nextInt(200)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
      case "date-time" -> "2026-12-01T12:00:00Z";
      case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
      case "email" -> letters(6) + "@example.no";
      case "uri" -> "https://" + letters(6) + ".no/";
      default -> {
        if (pattern.contains("\\d{9}")) {
          yield digits(9);
        } else if (pattern.contains("\\d{4}-\\d{4}")) {
          yield "0000-0002-1825-0097";
        } else if (!pattern.isEmpty()) {
          yield letters(Math.max(3, min + random.nextInt(Math.max(1, max - min + 1))));
        }
        yield text(min + random.nextInt(max - min + 1));
      }
    };
  }

  private String letters(int length) {
    var text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private String digits(int length) {
    var text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  private String text(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzæøå ÆØÅ-.";
    var text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString().isBlank() ? "x" + text : text.toString();
  }
}
