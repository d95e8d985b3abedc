package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {

  @Test
  void noMoreSearchesRunAtOnceThanThereAreSlots() throws Exception {
    var slots = new SearchSlots(2);
    var running = new AtomicInteger();
    var most = new AtomicInteger();
    var release = new CountDownLatch(1);
    List<Future<Integer>> searches = new ArrayList<>();
    try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
      for (int i = 0; i < 6; i++) {
        int n = i;
        searches.add(
            clients.submit(
                () ->
                    slots.run(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          try {
                            release.await();
                            Thread.sleep(5);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          running.decrementAndGet();
                          return n;
                        })));
      }
      // the two first hold their slots until released; the other four wait
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (running.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      Thread.sleep(50);
      assertEquals(2, running.get(), "searches running while two slots are taken");
      release.countDown();
      for (int i = 0; i < searches.size(); i++) {
        assertEquals(i, searches.get(i).get(5, TimeUnit.SECONDS), "each search's own answer");
      }
    }
    assertEquals(2, most.get(), "most searches ever running at once");
  }

  @Test
  void aFailedSearchGivesItsSlotBack() throws Exception {
    var slots = new SearchSlots(1);
    assertThrows(
        IOException.class,
        () ->
            slots.run(
                () -> {
                  throw new IOException("index gone");
                }));
    assertTrue(slots.run(() -> true), "the only slot is free again");
  }

  @Test
  void refusesFewerThanOneSlot() {
    assertThrows(IllegalArgumentException.class, () -> new SearchSlots(0));
  }
}
