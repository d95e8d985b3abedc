package no.arbeidoghelse.kunnskapsbase.search.control;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Searches run at most so many at a time; the others wait their turn, first come first served.
 * Searching is processor work: with more searches at once than processors they only share the
 * processors, and each takes as many times longer as there are searches beside it, the longest ones
 * most. In turn, a search waits for the ones ahead of it and then runs at full speed, so the slow
 * tail shortens while the rate stays the same (as Elasticsearch's fixed search thread pool).
 */
public final class SearchSlots {

  /** A search, or any other work on the index that should take a slot. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws IOException;
  }

  private final Semaphore slots;

  public SearchSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("at least one search slot is needed, not " + slots);
    }
    this.slots = new Semaphore(slots, true);
  }

  public <T> T run(Work<T> work) throws IOException {
    slots.acquireUninterruptibly();
    try {
      return work.run();
    } finally {
      slots.release();
    }
  }
}
