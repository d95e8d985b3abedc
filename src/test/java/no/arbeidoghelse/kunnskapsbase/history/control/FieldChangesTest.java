package no.arbeidoghelse.kunnskapsbase.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  static JsonObject json(String text) {
    return ItemHistory.parse(text);
  }

  @Test
  void changedFieldsWithOldAndNewValues() {
    var changes =
        FieldChanges.between(
            json("{\"title\":\"A\",\"topics\":[\"ips\"],\"summary\":\"same\",\"version\":1}"),
            json(
                "{\"title\":\"B\",\"topics\":[\"ips\",\"sick-leave\"],\"summary\":\"same\",\"version\":2}"));
    assertEquals(2, changes.size(), changes::toString);
    assertEquals("title", changes.getJsonObject(0).getString("field"));
    assertEquals("A", changes.getJsonObject(0).getString("old"));
    assertEquals("B", changes.getJsonObject(0).getString("new"));
    assertEquals("topics", changes.getJsonObject(1).getString("field"));
    assertEquals(2, changes.getJsonObject(1).getJsonArray("new").size());
  }

  @Test
  void aNewItemShowsEveryFieldAsNew() {
    var changes =
        FieldChanges.between(JsonObject.EMPTY_JSON_OBJECT, json("{\"title\":\"A\",\"id\":\"x\"}"));
    assertEquals(1, changes.size(), "the id is bookkeeping");
    assertEquals("null", changes.getJsonObject(0).get("old").toString());
  }

  @Test
  void bookkeepingAndEmptyValuesAreNotChanges() {
    assertTrue(
        FieldChanges.between(
                json(
                    "{\"updatedAt\":\"1\",\"version\":1,\"url\":\"a\",\"keywords\":[],\"submittedAt\":\"x\"}"),
                json("{\"updatedAt\":\"2\",\"version\":2,\"url\":\"b\",\"submittedAt\":\"y\"}"))
            .isEmpty());
  }
}
