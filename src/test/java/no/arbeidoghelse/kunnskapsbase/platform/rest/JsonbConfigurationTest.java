package no.arbeidoghelse.kunnskapsbase.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import no.arbeidoghelse.kunnskapsbase.account.boundary.UserChangeJson;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationJson;
import org.junit.jupiter.api.Test;

/** The API reads JSON strictly: no guessing of types, no ignored properties. */
class JsonbConfigurationTest {

  private static <T> T read(String json, Class<T> type) {
    return JsonbConfiguration.jsonb().fromJson(json, type);
  }

  private static String failure(String json, Class<?> type) {
    var e = assertThrows(JsonbException.class, () -> read(json, type));
    return UnexpectedExceptionMapper.rootMessage(e);
  }

  @Test
  void booleansAreOnlyTrueOrFalse() {
    assertEquals(false, read("{\"enabled\": false}", UserChangeJson.class).enabled());
    String notBoolean = failure("{\"enabled\": \"no\"}", UserChangeJson.class);
    assertTrue(notBoolean.contains("true or false") && notBoolean.contains("enabled"), notBoolean);
    assertTrue(failure("{\"enabled\": 0}", UserChangeJson.class).contains("true or false"));
  }

  @Test
  void integersAreOnlyWholeNumbers() {
    assertEquals(2020, read("{\"year\": 2020}", PublicationJson.class).year);
    assertTrue(failure("{\"year\": \"2020\"}", PublicationJson.class).contains("whole number"));
    assertTrue(failure("{\"year\": 2020.5}", PublicationJson.class).contains("whole number"));
    assertTrue(failure("{\"year\": 99999999999}", PublicationJson.class).contains("whole number"));
  }

  @Test
  void unknownPropertiesAreNamed() {
    assertTrue(failure("{\"yaer\": 2020}", PublicationJson.class).contains("yaer"));
  }
}
