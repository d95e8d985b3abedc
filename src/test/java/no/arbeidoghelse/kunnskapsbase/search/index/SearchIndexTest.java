package no.arbeidoghelse.kunnskapsbase.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: opening, what makes it unusable, stamps, and rebuilding while searching. */
class SearchIndexTest {

  @TempDir Path directory;

  private SearchIndex index() {
    return new SearchIndex(
        directory,
        SearchFixture.SCHEMA,
        new RecordDocuments(SearchFixture.SCHEMA, SearchFixture.TAXONOMY),
        Thread.ofPlatform().daemon().factory());
  }

  private static List<IndexedRecord> records(SearchFixture fixture, int count, String word) {
    List<IndexedRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(fixture.record("r" + i).title(word + " nummer " + i).build());
    }
    return records;
  }

  @Test
  void aNewIndexMustBeBuiltAndAKeptOneIsUsable() throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      fixture.index.update(records(fixture, 3, "sykefravær"), List.of());
      fixture.index.commit();
    }
    try (var index = index()) {
      var opened = index.open();
      assertTrue(opened.usable(), opened.reason());
      assertEquals(3, index.count());
      assertEquals(3, index.stamps().size());
    }
  }

  @Test
  void aMissingIndexIsReported() throws IOException {
    try (var index = index()) {
      var opened = index.open();
      assertFalse(opened.usable());
      assertEquals("there is no index yet", opened.reason());
      assertEquals(0, index.count());
    }
  }

  @Test
  void aDamagedIndexIsReportedAndReplaced() throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      fixture.index.update(records(fixture, 3, "sykefravær"), List.of());
      fixture.index.commit();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
      }
    }
    try (var index = index()) {
      var opened = index.open();
      assertFalse(opened.usable());
      assertTrue(opened.reason().startsWith("the index cannot be read"), opened.reason());
      assertEquals(0, index.count());
    }
  }

  @Test
  void aDamagedSegmentIsFoundAtOpeningThoughTheIndexStillOpens() throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      fixture.index.update(records(fixture, 50, "sykefravær"), List.of());
      fixture.index.commit();
    }
    // the stored fields: read only for hits, so opening the index alone would not notice
    Path damaged;
    try (Stream<Path> files = Files.walk(directory)) {
      damaged =
          files
              .filter(f -> f.getFileName().toString().matches("_\\w+\\.(cfs|fdt)"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(damaged);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(damaged, bytes);
    try (var index = index()) {
      var opened = index.open();
      assertFalse(opened.usable());
      assertTrue(opened.reason().contains("CorruptIndexException"), opened.reason());
    }
  }

  @Test
  void damageIsToldApartFromOtherFailures() {
    assertTrue(
        SearchIndex.isDamage(
            new java.io.UncheckedIOException(
                new org.apache.lucene.index.CorruptIndexException("checksum failed", "_0.cfs"))));
    assertTrue(SearchIndex.isDamage(new java.nio.file.NoSuchFileException("_0.cfs")));
    assertFalse(SearchIndex.isDamage(new IllegalStateException("a bug")));
  }

  @Test
  void rebuildingKeepsSearchesAnsweringAndKeepsChangesMadeMeanwhile() throws Exception {
    try (var fixture = new SearchFixture(directory)) {
      List<IndexedRecord> old = records(fixture, 200, "gammel");
      fixture.index.update(old, List.of());
      fixture.index.refresh();
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger searches = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread searcher =
          new Thread(
              () -> {
                try {
                  while (!done.get()) {
                    long total = fixture.search("").total();
                    if (total < 200) {
                      throw new AssertionError("only " + total + " records during the rebuild");
                    }
                    searches.incrementAndGet();
                  }
                } catch (Throwable e) {
                  failure.set(e);
                }
              });
      searcher.start();
      List<IndexedRecord> fresh = records(fixture, 200, "ny");
      int[] batch = {0};
      long count =
          fixture.index.rebuild(
              () -> {
                if (batch[0] == 1) {
                  // a change committed while the rebuild runs
                  try {
                    fixture.index.update(
                        List.of(fixture.record("late").title("kom underveis").build()), List.of());
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
                int from = batch[0]++ * 50;
                return from >= fresh.size() ? List.of() : fresh.subList(from, from + 50);
              },
              ids ->
                  ids.contains("late")
                      ? List.of(fixture.record("late").title("kom underveis").build())
                      : List.of());
      done.set(true);
      searcher.join();
      assertEquals(null, failure.get());
      assertTrue(searches.get() > 0);
      assertEquals(200, count);
      assertEquals(201, fixture.index.count());
      assertEquals(200, fixture.search("ny").total());
      assertEquals(0, fixture.search("gammel").total());
      assertEquals(1, fixture.search("underveis").total());
      try (Stream<Path> generations = Files.list(directory)) {
        assertEquals(
            1, generations.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
      }
    }
  }

  @Test
  void aRebuiltIndexIsOneSegment() throws Exception {
    try (var fixture = new SearchFixture(directory)) {
      List<IndexedRecord> fresh = records(fixture, 2_000, "ny");
      int[] batch = {0};
      fixture.index.rebuild(
          () -> {
            int from = batch[0]++ * 20;
            return from >= fresh.size() ? List.of() : fresh.subList(from, from + 20);
          },
          ids -> List.of());
      // merged in the background, after the rebuild has answered
      int segments = Integer.MAX_VALUE;
      for (long end = System.nanoTime() + 20_000_000_000L;
          segments > 1 && System.nanoTime() < end; ) {
        Thread.sleep(20);
        fixture.index.refresh();
        var snapshot = fixture.index.acquire();
        try {
          segments = snapshot.searcher().getIndexReader().leaves().size();
          assertEquals(2_000, snapshot.searcher().getIndexReader().numDocs());
        } finally {
          fixture.index.release(snapshot);
        }
      }
      assertEquals(1, segments);
    }
  }

  @Test
  void aRebuildThatFailsLeavesTheOldIndexInPlace() throws Exception {
    try (var fixture = new SearchFixture(directory)) {
      fixture.index.update(records(fixture, 20, "gammel"), List.of());
      fixture.index.refresh();
      List<IndexedRecord> fresh = records(fixture, 100, "ny");
      int[] batch = {0};
      var failure =
          assertThrows(
              IllegalStateException.class,
              () ->
                  fixture.index.rebuild(
                      () -> {
                        if (batch[0] == 3) {
                          throw new IllegalStateException("the database went away");
                        }
                        int from = batch[0]++ * 25;
                        return fresh.subList(from, from + 25);
                      },
                      ids -> List.of()));
      assertEquals("the database went away", failure.getMessage());
      assertEquals(20, fixture.search("gammel").total());
      assertEquals(0, fixture.search("ny").total());
      try (Stream<Path> generations = Files.list(directory)) {
        assertEquals(
            1, generations.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
      }
    }
  }
}
