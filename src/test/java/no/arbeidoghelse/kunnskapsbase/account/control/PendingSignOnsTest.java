package no.arbeidoghelse.kunnskapsbase.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Sign-ons under way live in the database: any instance finishes them, each once. */
class PendingSignOnsTest {

  @Test
  void aSignOnStartedOnOneInstanceIsFinishedOnAnotherOnce() {
    try (var database = TestDatabase.h2().migrated()) {
      var started = new PendingSignOns(database.dataSource());
      var answered = new PendingSignOns(database.dataSource());
      var pending =
          new PendingSignOns.Pending(
              "nonce-1",
              "verifier-1",
              "/mine",
              Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.MILLIS));
      started.put("state-1", pending);
      assertEquals(pending, answered.take("state-1").orElseThrow());
      assertTrue(answered.take("state-1").isEmpty(), "taken once");
      assertTrue(started.take("state-2").isEmpty(), "an unknown state");
    }
  }
}
