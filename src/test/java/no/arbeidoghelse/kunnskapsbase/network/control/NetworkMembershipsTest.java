package no.arbeidoghelse.kunnskapsbase.network.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NetworkMembershipsTest {

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void periodsOverlapWhenTheyShareADayAndEndTheDayBeforeTheirEnd() {
    assertTrue(
        NetworkMemberships.overlaps(day("2015-01-01"), day("2020-06-30"), day("2019-01-01"), null));
    assertFalse(
        NetworkMemberships.overlaps(day("2015-01-01"), day("2020-06-30"), day("2020-06-30"), null),
        "rejoining on the day the last membership ended");
    assertTrue(NetworkMemberships.overlaps(day("2015-01-01"), null, day("2030-01-01"), null));
    assertFalse(
        NetworkMemberships.overlaps(day("2022-01-01"), null, day("2015-01-01"), day("2022-01-01")));
  }
}
