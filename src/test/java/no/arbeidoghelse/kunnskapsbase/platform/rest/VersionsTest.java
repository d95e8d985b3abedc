package no.arbeidoghelse.kunnskapsbase.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void matchingTagsPass() {
    assertEquals(3, Versions.requireMatch("\"3\"", 3));
    assertEquals(3, Versions.requireMatch("W/\"3\"", 3));
    assertEquals(3, Versions.requireMatch("\"2\", \"3\"", 3));
    assertEquals(3, Versions.requireMatch("*", 3));
  }

  @Test
  void missingIsPreconditionRequired() {
    assertEquals(
        428, assertThrows(ApiException.class, () -> Versions.requireMatch(null, 1)).status());
    assertEquals(
        428, assertThrows(ApiException.class, () -> Versions.requireMatch(" ", 1)).status());
  }

  @Test
  void staleOrMalformedIsPreconditionFailed() {
    assertEquals(
        412, assertThrows(ApiException.class, () -> Versions.requireMatch("\"2\"", 3)).status());
    assertEquals(
        412, assertThrows(ApiException.class, () -> Versions.requireMatch("3", 3)).status());
  }
}
