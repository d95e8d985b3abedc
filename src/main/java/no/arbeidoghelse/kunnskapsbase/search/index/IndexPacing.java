package no.arbeidoghelse.kunnskapsbase.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces out the writes of one record: a record changed again soon after it was written waits twice
 * as long as that write took (at most five seconds). Writing a record reads the text of all its
 * documents again, so an item whose hundred documents finish one after another would otherwise keep
 * the indexer busy all the time, taking the processor from the extraction itself; paced, it costs
 * at most a third of the indexer's time. A record written quickly, or rarely, is written at once.
 * Used by the indexer's one thread; the counts are read by others.
 */
final class IndexPacing {

  private static final long MAX_PAUSE_MS = 5_000;

  /** Record id to the earliest time it may be written again. */
  private final Map<String, Long> notBefore = new ConcurrentHashMap<>();

  /** Record id to the time its held-back write is due. */
  private final Map<String, Long> waiting = new ConcurrentHashMap<>();

  /** Whether the record's write is held back. */
  boolean holds(String id) {
    return waiting.containsKey(id);
  }

  /** The held-back records whose time has come; they stop waiting. */
  List<String> due(long now) {
    List<String> due = new ArrayList<>();
    waiting
        .entrySet()
        .removeIf(
            entry -> {
              if (entry.getValue() <= now) {
                due.add(entry.getKey());
                return true;
              }
              return false;
            });
    return due;
  }

  /** How long until the first held-back record is due, at most {@code max}. */
  long timeUntilDue(long now, long max) {
    long wait = max;
    for (long due : waiting.values()) {
      wait = Math.min(wait, due - now);
    }
    return Math.max(1, wait);
  }

  /** Of these changed records, those to write now; the others are held back until due. */
  List<String> allowed(List<String> ids, long now) {
    List<String> allowed = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      if (waiting.containsKey(id)) {
        continue; // written when due, with whatever changed meanwhile
      }
      Long earliest = notBefore.get(id);
      if (earliest != null && earliest > now) {
        waiting.put(id, earliest);
      } else {
        allowed.add(id);
      }
    }
    return allowed;
  }

  /** Notes that these records were written from {@code begin} to {@code end}. */
  void written(List<String> ids, long begin, long end) {
    notBefore.values().removeIf(earliest -> earliest <= end);
    long pause = Math.min(MAX_PAUSE_MS, 2 * (end - begin));
    if (pause > 0) {
      ids.forEach(id -> notBefore.put(id, end + pause));
    }
  }

  boolean isIdle() {
    return waiting.isEmpty();
  }

  int waiting() {
    return waiting.size();
  }
}
