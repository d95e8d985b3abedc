package no.arbeidoghelse.kunnskapsbase.search.performance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;

/**
 * Two instances on one MariaDB and one document store, under mixed load for a long time, as behind
 * a load balancer (requests alternate between them): searches, search pages, record reads, new
 * records, changes, uploads. Reports requests and errors, latency per kind of request, RSS of each
 * instance's processes at the start (after a warm-up) and the end, and the largest index lag seen.
 * At the end both instances must find the same records. bench/soak.sh [minutes] [clients]
 */
public final class SoakBenchmark {

  private static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  private static final int PRELOADED = 2_000;
  private static final Duration WARM_UP = Duration.ofMinutes(3);

  private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
  private final Map<String, String> errors = new ConcurrentHashMap<>();
  private final AtomicLong errorCount = new AtomicLong();
  private final List<String> records = new CopyOnWriteArrayList<>();
  private final AtomicLong maxLag = new AtomicLong();

  public static void main(String[] args) throws Exception {
    try {
      new SoakBenchmark()
          .run(
              args.length > 0 ? Integer.parseInt(args[0]) : 30,
              args.length > 1 ? Integer.parseInt(args[1]) : 8);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private void run(int minutes, int clients) throws Exception {
    Path documents = Files.createTempDirectory("kb-soak-documents");
    try (var database = TestDatabase.mariaDb();
        var one = node("soak-1", database, documents).start();
        var two = node("soak-2", database, documents).start()) {
      var nodes = List.of(one, two);
      var generator = new RecordGenerator(7);
      for (int i = 0; i < PRELOADED; i++) {
        String created = create(nodes.get(i % 2), SearchBenchmark.json(generator.next()));
        if (!created.isEmpty()) {
          records.add(created);
        }
      }
      long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
      long warm = System.nanoTime() + WARM_UP.toNanos();
      Map<String, Memory> rssStart = new TreeMap<>();
      Map<String, Long> rssMax = new TreeMap<>();
      List<Future<?>> running = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(clients + 1)) {
        for (int c = 0; c < clients; c++) {
          var random = new Random(c);
          var own = new RecordGenerator(100 + c);
          running.add(
              pool.submit(
                  () -> {
                    for (long n = 0; System.nanoTime() < end; n++) {
                      request(nodes.get((int) (n % 2)), random, own);
                    }
                    return null;
                  }));
        }
        running.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    for (var node : nodes) {
                      sampleLag(node);
                      var memory = Memory.of(node);
                      rssMax.merge(name(node, nodes), memory.total(), Math::max);
                      if (System.nanoTime() > warm) {
                        rssStart.putIfAbsent(name(node, nodes), memory);
                      }
                    }
                    Thread.sleep(5_000);
                  }
                  return null;
                }));
        for (var future : running) {
          future.get();
        }
      }
      Map<String, Memory> rssEnd = new TreeMap<>();
      for (var node : nodes) {
        rssEnd.put(name(node, nodes), Memory.of(node));
      }
      Thread.sleep(3_000);
      long[] totals = {total(one), total(two)};
      report(minutes, clients, rssStart, rssEnd, rssMax, totals);
    }
  }

  private static RunningApp node(String name, TestDatabase database, Path documents)
      throws Exception {
    return RunningApp.onMariaDb(name, database).with("KB_DOCUMENTS_DIR", documents.toString());
  }

  /** One request of the mix: 45 % API searches, 10 % search pages, 25 % reads, 20 % writes. */
  private void request(RunningApp node, Random random, RecordGenerator generator) {
    int dice = random.nextInt(100);
    var mix = SearchBenchmark.mix();
    try {
      if (dice < 45) {
        timed("search (API)", node, "GET", "/api/v1/search?" + pick(mix, random).query(), null);
      } else if (dice < 55) {
        timed("search page", node, "GET", "/sok?" + pick(mix, random).query(), null);
      } else if (dice < 80) {
        timed("read record", node, "GET", pick(records, random), null);
      } else if (dice < 90) {
        String body = SearchBenchmark.json(generator.next());
        long begin = System.nanoTime();
        String created = create(node, body);
        latency("create record", begin);
        if (!created.isEmpty()) {
          records.add(created);
        }
      } else if (dice < 97) {
        change(node, pick(records, random));
      } else {
        upload(node, pick(records, random), random);
      }
    } catch (Exception e) {
      error("exception", e.toString());
    }
  }

  /** An anonymous request ({@code credentials} null) or one as {@code credentials}. */
  private void timed(String kind, RunningApp node, String method, String path, String credentials)
      throws Exception {
    long begin = System.nanoTime();
    var response = node.plain(method, path, credentials, null);
    latency(kind, begin);
    if (response.status() != 200 && !(response.status() == 404 && kind.equals("read record"))) {
      error(kind, response.status() + " " + path + ": " + response.body());
    }
  }

  private String create(RunningApp node, String body) throws Exception {
    String collection = SearchBenchmark.collection(body);
    var created = node.json("POST", "/api/v1/" + collection, body, ADMIN);
    if (created.statusCode() != 201) {
      error("create record", created.statusCode() + ": " + created.body());
      return "";
    }
    return "/api/v1/" + collection + "/" + RunningApp.parse(created).asJsonObject().getString("id");
  }

  /** Reads a record and writes it back with a new title (another client may win: 412). */
  private void change(RunningApp node, String record) throws Exception {
    long begin = System.nanoTime();
    var read = node.json("GET", record, null, ADMIN);
    if (read.statusCode() != 200) {
      error("change record", read.statusCode() + " " + record);
      return;
    }
    var json = RunningApp.parse(read).asJsonObject();
    String body =
        jakarta.json.Json.createObjectBuilder(json)
            .add("title", json.getString("title") + " (endret)")
            .build()
            .toString();
    var changed =
        node.json(
            "PUT",
            record,
            body,
            ADMIN,
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    latency("change record", begin);
    if (changed.statusCode() != 200 && changed.statusCode() != 412) {
      error("change record", changed.statusCode() + " " + record + ": " + changed.body());
    }
  }

  private void upload(RunningApp node, String record, Random random) throws Exception {
    Path file = Files.createTempFile("kb-soak", ".html");
    Files.writeString(
        file,
        "<html><body><h1>Notat "
            + random.nextInt()
            + "</h1><p>Oppfølging av sykefravær og arbeidsrettet rehabilitering i kommunen.</p>"
            + "</body></html>");
    long begin = System.nanoTime();
    var upload = node.upload(record + "/documents", file, ADMIN);
    latency("upload", begin);
    Files.delete(file);
    if (upload.statusCode() != 202) {
      error("upload", upload.statusCode() + " " + record + ": " + upload.body());
    }
  }

  private void sampleLag(RunningApp node) throws Exception {
    var ready = node.get("/health/ready");
    if (ready.statusCode() != 200) {
      error("readiness", ready.statusCode() + ": " + ready.body());
      return;
    }
    long lag = RunningApp.parse(ready).asJsonObject().getJsonNumber("indexLagSeconds").longValue();
    maxLag.accumulateAndGet(lag, Math::max);
  }

  private static long total(RunningApp node) throws Exception {
    var all = node.get("/api/v1/search?q=" + URLEncoder.encode("", StandardCharsets.UTF_8));
    return RunningApp.parse(all).asJsonObject().getJsonNumber("total").longValue();
  }

  /**
   * An instance's resident memory in MB: the server's own (heap, metaspace, threads: what a leak
   * would grow), the server's file-backed pages (the memory-mapped index, which grows with the
   * records) and its other processes' (the launcher, extraction workers).
   */
  record Memory(long serverOwn, long serverFiles, long others) {
    long total() {
      return serverOwn + serverFiles + others;
    }

    static Memory of(RunningApp node) {
      long server = node.serverPid();
      long others =
          node.processTree().filter(pid -> pid != server).map(pid -> kb(pid, "VmRSS:")).sum();
      return new Memory(
          kb(server, "RssAnon:") / 1024, kb(server, "RssFile:") / 1024, others / 1024);
    }

    private static long kb(long pid, String key) {
      try {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
            .filter(line -> line.startsWith(key))
            .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
            .sum();
      } catch (java.io.IOException gone) {
        return 0;
      }
    }
  }

  private static String name(RunningApp node, List<RunningApp> nodes) {
    return "node " + (nodes.indexOf(node) + 1);
  }

  private void latency(String kind, long begin) {
    latencies
        .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
        .add((System.nanoTime() - begin) / 1e6);
  }

  private void error(String kind, String detail) {
    errorCount.incrementAndGet();
    errors.putIfAbsent(kind + ": " + detail.substring(0, Math.min(200, detail.length())), kind);
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private void report(
      int minutes,
      int clients,
      Map<String, Memory> rssStart,
      Map<String, Memory> rssEnd,
      Map<String, Long> rssMax,
      long[] totals) {
    long requests = latencies.values().stream().mapToLong(List::size).sum();
    var out = new StringBuilder();
    out.append(
        String.format(
            "%n### Soak: two instances, %d min, %d clients (requests alternate)%n%n",
            minutes, clients));
    out.append(
        String.format(
            "%,d requests (%.0f/s), %d errors, largest index lag %d s; records found at the end:"
                + " %,d on node 1, %,d on node 2%n%n",
            requests,
            requests / (minutes * 60.0),
            errorCount.get(),
            maxLag.get(),
            totals[0],
            totals[1]));
    out.append("| request | count | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
    new TreeMap<>(latencies)
        .forEach(
            (kind, values) -> {
              List<Double> sorted;
              synchronized (values) {
                sorted = new ArrayList<>(values);
              }
              Collections.sort(sorted);
              out.append(
                  String.format(
                      "| %s | %,d | %.1f | %.1f | %.1f |%n",
                      kind, sorted.size(), at(sorted, 50), at(sorted, 95), at(sorted, 99)));
            });
    out.append(
        "\n| instance | RSS after warm-up → end (MB) | server's own memory | server's mapped files"
            + " (index) | launcher and extraction workers | largest total |\n|---|---|---|---|---|---|\n");
    rssEnd.forEach(
        (node, end) -> {
          var start = rssStart.getOrDefault(node, end);
          out.append(
              String.format(
                  "| %s | %d → %d (%+.1f %%) | %d → %d (%+.1f %%) | %d → %d | %d → %d | %d |%n",
                  node,
                  start.total(),
                  end.total(),
                  change(start.total(), end.total()),
                  start.serverOwn(),
                  end.serverOwn(),
                  change(start.serverOwn(), end.serverOwn()),
                  start.serverFiles(),
                  end.serverFiles(),
                  start.others(),
                  end.others(),
                  Math.max(end.total(), rssMax.getOrDefault(node, end.total()))));
        });
    errors.keySet().stream().limit(20).forEach(e -> out.append("\nerror: ").append(e));
    System.out.println(out);
  }

  private static double change(long start, long end) {
    return start == 0 ? 0 : 100.0 * (end - start) / start;
  }

  private static double at(List<Double> sorted, int percentile) {
    return sorted.isEmpty()
        ? 0
        : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
  }
}
