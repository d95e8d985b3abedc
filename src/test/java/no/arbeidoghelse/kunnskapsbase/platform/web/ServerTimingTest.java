package no.arbeidoghelse.kunnskapsbase.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerTimingTest {

  @Test
  void writesMillisecondsWithTwoDecimals() {
    String value = ServerTiming.since("search", System.nanoTime() - 12_345_678);
    assertTrue(value.matches("search;dur=1\\d\\.\\d\\d"), value);
    assertTrue(
        ServerTiming.since("page", System.nanoTime()).matches("page;dur=0\\.\\d\\d"),
        "a fresh start is under a millisecond");
  }
}
