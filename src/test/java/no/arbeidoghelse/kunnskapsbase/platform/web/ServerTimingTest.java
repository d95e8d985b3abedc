package no.arbeidoghelse.kunnskapsbase.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerTimingTest {

  @Test
  void writesMillisecondsWithTwoDecimals() {
    assertEquals("search;dur=12.34", ServerTiming.of("search", 12_345_678));
    assertEquals("page;dur=1.05", ServerTiming.of("page", 1_050_000));
    assertEquals("page;dur=0.00", ServerTiming.of("page", 9_999));
    assertEquals("page;dur=0.00", ServerTiming.of("page", -5), "a clock step back is no time");
  }

  @Test
  void measuresFromTheStart() {
    String value = ServerTiming.since("search", System.nanoTime() - 12_345_678);
    assertTrue(value.matches("search;dur=\\d+\\.\\d\\d"), value);
    assertTrue(Double.parseDouble(value.substring("search;dur=".length())) >= 12.34, value);
  }
}
