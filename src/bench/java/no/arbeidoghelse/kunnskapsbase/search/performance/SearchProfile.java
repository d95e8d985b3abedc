package no.arbeidoghelse.kunnskapsbase.search.performance;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.control.RecordSearch;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordDocuments;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * Where search time goes, query by query: builds an index of generated records in-process (kept in
 * the given directory for the next run), then times each search of {@link SearchBenchmark}'s mix
 * alone, single-threaded, with no server around it. For finding what to make faster; the figures
 * that count come from {@code bench/search.sh}.
 *
 * <p>Run with {@code bench/search-profile.sh [records] [index directory]}.
 */
public final class SearchProfile {

  /**
   * Rounds over the mix before measuring: the JIT compiler needs tens of thousands of searches
   * before a search's time settles.
   */
  private static final int WARM_UP_ROUNDS = Integer.getInteger("kb.profile.warmUpRounds", 2000);

  private static final int ROUNDS = 200;

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path directory =
        Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"))
            .resolve("kb-search-profile-" + total);
    var taxonomy = new Taxonomy();
    var schema =
        new IndexSchema(IndexConfiguration.load(new IndexConfigFiles(Optional.empty()), taxonomy));
    try (var index =
        new SearchIndex(
            directory,
            schema,
            new RecordDocuments(schema, taxonomy),
            Thread.ofPlatform().daemon().factory())) {
      if (!index.open().usable() || index.count() != total) {
        long begin = System.nanoTime();
        build(index, total);
        System.out.printf(
            "Indexed %,d records in %.1f s (%s)%n",
            total, (System.nanoTime() - begin) / 1e9, directory);
      }
      var search = new RecordSearch(index, schema);
      var mix =
          args.length > 2 && args[2].equals("hostile")
              ? SearchBenchmark.hostileMix()
              : SearchBenchmark.mix();
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (var one : mix) {
          search.search(one.request(), Caller.ANONYMOUS);
        }
      }
      // The thread's processor time is steadier than the clock on a shared machine.
      var threads = ManagementFactory.getThreadMXBean();
      System.out.println(
          "| ms, mean of "
              + ROUNDS
              + " | median | processor ms | hits | search |\n|---:|---:|---:|---:|---|");
      double sum = 0;
      double medians = 0;
      double processor = 0;
      for (var one : mix) {
        long[] times = new long[ROUNDS];
        long hits = 0;
        long cpuBegin = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < ROUNDS; round++) {
          long begin = System.nanoTime();
          hits = search.search(one.request(), Caller.ANONYMOUS).total();
          times[round] = System.nanoTime() - begin;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e6 / ROUNDS;
        double mean = Arrays.stream(times).sum() / 1e6 / ROUNDS;
        Arrays.sort(times);
        double median = times[ROUNDS / 2] / 1e6;
        sum += mean;
        medians += median;
        processor += cpu;
        System.out.printf(
            "| %.2f | %.2f | %.2f | %,d | %s |%n", mean, median, cpu, hits, one.query());
      }
      System.out.printf(
          "| **%.2f** | **%.2f** | **%.2f** | | over the mix |%n",
          sum / mix.size(), medians / mix.size(), processor / mix.size());
    }
    System.exit(0);
  }

  private static void build(SearchIndex index, int total) throws Exception {
    var generator = new RecordGenerator(42);
    List<IndexedRecord> batch = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      var r = generator.next();
      batch.add(
          new IndexedRecord(
              UUID.nameUUIDFromBytes(("profile-" + i).getBytes()).toString(),
              r.type(),
              "published",
              Set.of("admin"),
              r.language(),
              r.title(),
              null,
              r.summary(),
              null,
              List.of(r.body()),
              r.keywords(),
              List.of(),
              new HashSet<>(r.sectors()),
              new HashSet<>(r.levels()),
              new HashSet<>(r.topics()),
              Set.of(),
              r.type().equals("project") ? r.status() : null,
              r.year(),
              null,
              null,
              Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i),
              i,
              List.of()));
      if (batch.size() == 1000) {
        index.update(batch, List.of());
        batch.clear();
      }
    }
    index.update(batch, List.of());
    index.commit();
    index.refresh();
  }
}
