package no.arbeidoghelse.kunnskapsbase.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPacingTest {

  private final IndexPacing pacing = new IndexPacing();

  @Test
  void aRecordChangedForTheFirstTimeIsWrittenAtOnce() {
    assertEquals(List.of("a", "b"), pacing.allowed(List.of("a", "b", "a"), 1_000));
    assertTrue(pacing.isIdle());
    assertEquals(1_000, pacing.timeUntilDue(0, 1_000));
  }

  @Test
  void aRecordChangedAgainSoonAfterASlowWriteWaitsTwiceTheWrite() {
    pacing.written(List.of("a"), 1_000, 1_300); // took 300 ms: not again before 1_900
    assertEquals(List.of("b"), pacing.allowed(List.of("a", "b"), 1_400));
    assertFalse(pacing.isIdle());
    assertEquals(1, pacing.waiting());
    assertEquals(500, pacing.timeUntilDue(1_400, 1_000));
    // changed again while waiting: still one write, when due
    assertEquals(List.of(), pacing.allowed(List.of("a"), 1_500));
    assertEquals(List.of(), pacing.due(1_899));
    assertEquals(List.of("a"), pacing.due(1_900));
    assertEquals(List.of("a"), pacing.allowed(List.of("a"), 1_900));
    assertTrue(pacing.isIdle());
  }

  @Test
  void quickWritesAreNotPacedAndLongOnesWaitAtMostFiveSeconds() {
    pacing.written(List.of("quick"), 1_000, 1_000);
    assertEquals(List.of("quick"), pacing.allowed(List.of("quick"), 1_000));
    pacing.written(List.of("slow"), 0, 60_000);
    assertEquals(List.of(), pacing.allowed(List.of("slow"), 60_001));
    assertEquals(4_999, pacing.timeUntilDue(60_001, 10_000));
  }
}
