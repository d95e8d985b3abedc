package no.arbeidoghelse.kunnskapsbase.history.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields that differ between two versions of an item, with old and new values. Bookkeeping
 * fields that change with every write (version, timestamps, the URL; a submission shows as the
 * state change) are not changes a reader cares about.
 */
public final class FieldChanges {

  private static final Set<String> BOOKKEEPING =
      Set.of("version", "createdAt", "updatedAt", "submittedAt", "url", "id", "type");

  private FieldChanges() {}

  /** Compares two snapshots; {@code before} is empty for a new item. */
  public static JsonArray between(JsonObject before, JsonObject after) {
    var fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    fields.removeAll(BOOKKEEPING);
    var changes = Json.createArrayBuilder();
    for (String field : fields) {
      JsonValue old = before.getOrDefault(field, JsonValue.NULL);
      JsonValue now = after.getOrDefault(field, JsonValue.NULL);
      if (!equivalent(old, now)) {
        changes.add(Json.createObjectBuilder().add("field", field).add("old", old).add("new", now));
      }
    }
    return changes.build();
  }

  /** A missing value, null and an empty list all mean "nothing". */
  private static boolean equivalent(JsonValue a, JsonValue b) {
    return normalised(a).equals(normalised(b));
  }

  private static JsonValue normalised(JsonValue value) {
    if (value instanceof JsonArray array && array.isEmpty()) {
      return JsonValue.NULL;
    }
    return value;
  }
}
