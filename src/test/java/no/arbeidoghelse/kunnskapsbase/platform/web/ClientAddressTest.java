package no.arbeidoghelse.kunnskapsbase.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void onlyATrustedBalancerNamesTheClientAndOnlyItsOwnEntryCounts() {
    assertEquals("10.0.0.9", ClientAddress.of("10.0.0.9", "1.2.3.4", Set.of()));
    assertEquals("1.2.3.4", ClientAddress.of("10.0.0.9", "1.2.3.4", Set.of("10.0.0.9")));
    assertEquals("5.6.7.8", ClientAddress.of("10.0.0.9", "1.2.3.4, 5.6.7.8", Set.of("all")));
    assertEquals("10.0.0.9", ClientAddress.of("10.0.0.9", null, Set.of("all")));
    assertEquals("10.0.0.9", ClientAddress.of("10.0.0.9", "1.2.3.4", Set.of("10.0.0.1")));
  }
}
