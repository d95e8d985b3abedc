package no.arbeidoghelse.kunnskapsbase.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void defaultsAndOffset() {
    assertEquals(new PageRequest(1, 20), PageRequest.of(null, ""));
    assertEquals(40, PageRequest.of("3", "20").offset());
    assertEquals(new PageRequest(2, 100), PageRequest.of(" 2 ", "100"));
  }

  @ParameterizedTest
  @CsvSource({"0,10", "-1,10", "x,10", "1,0", "1,101", "1,1e2", "99999999999,10"})
  void outOfRangeIsBadRequest(String page, String size) {
    var e = assertThrows(DomainException.class, () -> PageRequest.of(page, size));
    assertEquals(400, HttpStatuses.of(e));
  }
}
