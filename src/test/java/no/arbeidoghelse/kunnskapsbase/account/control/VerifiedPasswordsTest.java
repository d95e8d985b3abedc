package no.arbeidoghelse.kunnskapsbase.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  private Instant now = Instant.parse("2026-01-01T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void remembersOnlyTheSamePasswordForTheSameStoredHashForAWhile() {
    var verified = new VerifiedPasswords(clock);
    assertFalse(verified.remembers("hash-1", "secret".toCharArray()));
    verified.remember("hash-1", "secret".toCharArray());
    assertTrue(verified.remembers("hash-1", "secret".toCharArray()));
    assertFalse(verified.remembers("hash-1", "Secret".toCharArray()));
    assertFalse(verified.remembers("hash-2", "secret".toCharArray()), "a new password hash");
    now = now.plus(VerifiedPasswords.TTL).plusSeconds(1);
    assertFalse(verified.remembers("hash-1", "secret".toCharArray()), "expired");
  }
}
