package no.arbeidoghelse.kunnskapsbase.search.performance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.control.RecordSearch;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordDocuments;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.performance.RecordGenerator.Generated;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;

/**
 * Search at scale, in one run on MariaDB: generated records (both languages, every facet, ~2 KB of
 * text) are loaded, the first part through the API with 8 clients and the rest straight into the
 * database; the index is rebuilt from the database through the admin endpoint; then a fixed mix of
 * searches with facets runs over HTTP at 1 and 8 concurrent clients (client time and the server's
 * own {@code Server-Timing}), and the same searches run in-process on the same index with the
 * application's query code but no HTTP, JSON or container ("raw Lucene"). Heap and RSS of the
 * server are read at the end.
 *
 * <p>Run with {@code bench/search.sh [records]} (default 100000).
 */
public final class SearchBenchmark {

  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;
  static final int API_RECORDS = 5_000;
  static final int CLIENTS = 8;

  /** Requests per measured run, and per warm-up round. */
  static final int SEARCHES = 2_000;

  /**
   * Warm-up before measuring, in rounds of {@link #SEARCHES} requests at 8 clients, each round
   * printed with the server's processor time per request. The server is a lot of code (container,
   * JAX-RS, security, Lucene, templates) and its JIT compilers share the two cores with the
   * requests: measured on 100,000 records, a search's processor time fell from 12–18 ms in the
   * first round to 4.6–4.9 ms after about 20 rounds (40,000 searches) and stayed there. A server
   * runs warm; after only 2,000 searches (sessions 6–7) the figures were those of a compiling one.
   */
  static final int WARMUP_ROUNDS_API = 25;

  /**
   * Pages share the search code warmed up before; the templates and HTML writing need their own.
   */
  static final int WARMUP_ROUNDS_PAGE = 10;

  /** In-process searches before measuring there: as many as the API's warm-up. */
  static final int WARMUP_IN_PROCESS = WARMUP_ROUNDS_API * SEARCHES;

  /** One search of the mix, as a query string and as the request it stands for. */
  record Search(String query, SearchRequest request) {}

  public static void main(String[] args) throws Exception {
    // exec:java waits for every thread to end; exit explicitly, also after a failure
    try {
      benchmark(args);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void benchmark(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    var report = new StringBuilder();
    // kb.bench.keep: the database and data directory stay for bench/startup.sh existing
    boolean keep = Boolean.getBoolean("kb.bench.keep");
    try (var database = TestDatabase.mariaDb();
        var app = RunningApp.onMariaDb("search-benchmark", database)) {
      if (keep) {
        database.kept();
        app.keepingData();
      }
      app.start();
      var generator = new RecordGenerator(42);
      int viaApi = Math.min(total, API_RECORDS);
      long begin = System.nanoTime();
      loadThroughApi(app, generator, viaApi);
      awaitTotal(app, viaApi, 120);
      double apiSeconds = seconds(begin);
      begin = System.nanoTime();
      loadIntoDatabase(database, generator, total - viaApi);
      double bulkSeconds = seconds(begin);
      begin = System.nanoTime();
      var rebuild = app.json("POST", "/api/v1/admin/search-index/rebuild", null, ADMIN);
      if (rebuild.statusCode() != 202) {
        throw new IllegalStateException(rebuild.body());
      }
      while (RunningApp.parse(app.json("GET", "/api/v1/admin/search-index", null, ADMIN))
          .asJsonObject()
          .getBoolean("rebuilding")) {
        Thread.sleep(100);
      }
      double rebuildSeconds = seconds(begin);
      awaitTotal(app, total, 10);
      List<Search> mix = mix();
      long pid = app.serverPid();
      warmUp(app, pid, "/api/v1/search?", mix, WARMUP_ROUNDS_API);
      warmUp(app, pid, "/sok?", mix, WARMUP_ROUNDS_PAGE);
      var oneClient = runHttp(app, "/api/v1/search?", mix, 1, SEARCHES);
      Duration before = processorTime(pid);
      var eightClients = runHttp(app, "/api/v1/search?", mix, CLIENTS, SEARCHES);
      double processorPerSearch = perRequest(processorTime(pid).minus(before));
      var pages = runHttp(app, "/sok?", mix, CLIENTS, SEARCHES);
      String memory = memory(pid);
      Path dataDir = app.dataDir();
      app.stop();
      var raw = runInProcess(dataDir.resolve("index"), mix);

      report.append(String.format("%n### Search benchmark: %,d records on MariaDB%n%n", total));
      report.append("| measure | figure | target |\n|---|---|---|\n");
      report.append(
          String.format(
              "| load through the API (8 clients, searchable) | %,.0f records/s (%,d records in %.1f s) | |%n",
              viaApi / apiSeconds, viaApi, apiSeconds));
      report.append(
          String.format(
              "| load into the database (JDBC batches) | %,.0f records/s (%,d in %.1f s) | |%n",
              (total - viaApi) / bulkSeconds, total - viaApi, bulkSeconds));
      report.append(
          String.format(
              "| full rebuild from the database | %.1f s (%,.0f records/s) | ≤ 60 s |%n",
              rebuildSeconds, total / rebuildSeconds));
      report.append(oneClient.row("HTTP, 1 client"));
      report.append(eightClients.row("HTTP, 8 clients"));
      report.append(
          String.format(
              "| server processor time per search, 8 clients | %.2f ms | |%n", processorPerSearch));
      report.append(
          pages
              .row("search page (HTML), 8 clients")
              .replace("p95 ≤ 30 ms server-side at 8 clients, ≥ 300/s", "p95 ≤ 50 ms server-side"));
      report.append(raw.get(0).row("in-process, 1 thread"));
      report.append(raw.get(1).row("in-process, 8 threads"));
      report.append(
          String.format(
              "| app/raw p50, 1 client (server-side / client-side) | %.2f / %.2f | ≤ 2 |%n",
              oneClient.serverP(50) / raw.get(0).clientP(50),
              oneClient.clientP(50) / raw.get(0).clientP(50)));
      report.append(
          String.format(
              "| app/raw p50, 8 clients (server-side / client-side) | %.2f / %.2f | ≤ 2 |%n",
              eightClients.serverP(50) / raw.get(1).clientP(50),
              eightClients.clientP(50) / raw.get(1).clientP(50)));
      report
          .append("| server memory after the run | ")
          .append(memory)
          .append(" | heap ≤ 512 MB |\n");
      if (keep) {
        report.append(
            String.format(
                "%nKept for bench/startup.sh existing: KB_DB_URL=%s KB_DATA_DIR=%s%n",
                database.url(), dataDir));
      }
    }
    System.out.print(report);
  }

  private static double seconds(long begin) {
    return (System.nanoTime() - begin) / 1e9;
  }

  /**
   * Searches written to cost as much as possible (many fuzzy words, short prefixes, huge phrase
   * slop, many words), to see what the query limits leave of their cost.
   */
  static List<Search> hostileMix() {
    List<Search> mix = new ArrayList<>();
    List<String> fuzzy = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (int n = 0; n < 32; n++) {
      fuzzy.add("ord" + n + "~2");
      plain.add("ord" + n);
    }
    add(mix, String.join(" ", fuzzy), Map.of(), null);
    add(mix, String.join(" ", plain), Map.of(), null);
    add(mix, "a~ a~ a~ a~ a~", Map.of(), null);
    add(mix, "arbeid* helse* syke* rehab* ung* jobb*", Map.of(), null);
    add(mix, "\"arbeid helse\"~1000000", Map.of(), null);
    add(mix, "sykefravær", Map.of(), null);
    return mix;
  }

  static List<Search> mix() {
    List<Search> mix = new ArrayList<>();
    add(mix, "sykefravær", Map.of(), null);
    add(mix, "sykefravær", Map.of(FacetName.SECTOR, Set.of("health")), null);
    add(
        mix,
        "arbeidsrettet rehabilitering",
        Map.of(FacetName.LEVEL, Set.of("rehabilitation"), FacetName.TYPE, Set.of("project")),
        null);
    add(mix, "IPS", Map.of(FacetName.TOPIC, Set.of("mental-health")), null);
    add(mix, "return to work", Map.of(FacetName.LANGUAGE, Set.of("en")), null);
    add(
        mix,
        "",
        Map.of(FacetName.SECTOR, Set.of("labour-welfare"), FacetName.TOPIC, Set.of("sick-leave")),
        SearchRequest.Sort.NEWEST);
    add(mix, "\"individuell jobbstøtte\"", Map.of(), null);
    add(mix, "unge utenfor arbeid", Map.of(FacetName.STATUS, Set.of("ongoing")), null);
    add(mix, "muskelplager -rygg", Map.of(FacetName.SECTOR, Set.of("working-life")), null);
    add(mix, "depresjon OR angst", Map.of(FacetName.LEVEL, Set.of("primary-care")), null);
    add(mix, "sykefraværsoppfølging", Map.of(), SearchRequest.Sort.OLDEST);
    add(mix, "AAP", Map.of(FacetName.TYPE, Set.of("publication")), null);
    add(
        mix,
        "brukermedvirkning",
        Map.of(
            FacetName.TOPIC,
            Set.of("user-involvement"),
            FacetName.SECTOR,
            Set.of("health"),
            FacetName.LEVEL,
            Set.of("specialist-care")),
        null);
    add(mix, "sjukefråvær", Map.of(FacetName.LANGUAGE, Set.of("nn", "nb")), null);
    add(mix, "kommunene", Map.of(), SearchRequest.Sort.NEWEST);
    add(mix, "helse", Map.of(), null);
    return mix;
  }

  private static void add(
      List<Search> mix, String text, Map<FacetName, Set<String>> facets, SearchRequest.Sort sort) {
    StringBuilder query = new StringBuilder("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    facets.forEach(
        (facet, values) ->
            values.forEach(v -> query.append('&').append(facet.key()).append('=').append(v)));
    if (sort != null) {
      query.append("&sort=").append(sort.key());
    }
    Map<FacetName, Set<String>> selected = new EnumMap<>(FacetName.class);
    selected.putAll(facets);
    mix.add(
        new Search(
            query.toString(),
            new SearchRequest(
                text,
                selected,
                Set.of(),
                null,
                null,
                sort == null ? SearchRequest.Sort.RELEVANCE : sort,
                1,
                20,
                "nb")));
  }

  /** Latencies of one run, in milliseconds. */
  record Latencies(List<Double> client, List<Double> server, double seconds) {
    double clientP(int p) {
      return percentile(client, p);
    }

    double serverP(int p) {
      return server.isEmpty() ? Double.NaN : percentile(server, p);
    }

    String row(String what) {
      String side =
          server.isEmpty()
              ? ""
              : String.format(
                  "; server-side p50 %.1f, p95 %.1f, p99 %.1f ms",
                  serverP(50), serverP(95), serverP(99));
      return String.format(
          "| search, %s | client p50 %.1f, p95 %.1f, p99 %.1f ms%s; %,.0f searches/s | p95 ≤ 30 ms server-side at 8 clients, ≥ 300/s |%n",
          what, clientP(50), clientP(95), clientP(99), side, client.size() / seconds);
    }

    private static double percentile(List<Double> values, int p) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return sorted.get(
          Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
  }

  /**
   * Rounds of requests at 8 clients before measuring; prints each round's rate and the server's
   * processor time per request, so that the reader sees where it settles.
   */
  private static void warmUp(
      RunningApp app, long serverPid, String path, List<Search> mix, int rounds) throws Exception {
    for (int round = 1; round <= rounds; round++) {
      Duration before = processorTime(serverPid);
      var latencies = runHttp(app, path, mix, CLIENTS, SEARCHES);
      System.out.printf(
          "warm-up %s round %d of %d: %,.0f requests/s, server processor time %.2f ms per request%n",
          path.replace("?", ""),
          round,
          rounds,
          SEARCHES / latencies.seconds(),
          perRequest(processorTime(serverPid).minus(before)));
    }
  }

  private static Duration processorTime(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  private static double perRequest(Duration processorTime) {
    return processorTime.toNanos() / 1e6 / SEARCHES;
  }

  /**
   * Searches over HTTP, the API's or the search page's; server time from Server-Timing. The client
   * ({@link RunningApp#plain}) needs about 0.23 ms of processor time per search, where {@code
   * java.net.http.HttpClient} needed 0.5–0.6 ms, taken from the two cores the server runs on.
   */
  private static Latencies runHttp(
      RunningApp app, String path, List<Search> mix, int clients, int count) throws Exception {
    return run(
        clients,
        count,
        i -> {
          try {
            long begin = System.nanoTime();
            var response = app.plain("GET", path + mix.get(i % mix.size()).query(), null, null);
            double client = (System.nanoTime() - begin) / 1e6;
            if (response.status() != 200) {
              throw new IllegalStateException(response.status() + ": " + response.body());
            }
            double server =
                Double.parseDouble(
                    response.header().apply("Server-Timing").replaceAll(".*dur=", ""));
            return new double[] {client, server};
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static List<Latencies> runInProcess(Path indexDirectory, List<Search> mix)
      throws Exception {
    var taxonomy = new Taxonomy();
    var schema =
        new IndexSchema(IndexConfiguration.load(new IndexConfigFiles(Optional.empty()), taxonomy));
    try (var index =
        new SearchIndex(
            indexDirectory,
            schema,
            new RecordDocuments(schema, taxonomy),
            Thread.ofPlatform().daemon().factory())) {
      if (!index.open().usable()) {
        throw new IllegalStateException("the app's index could not be opened in-process");
      }
      var search = new RecordSearch(index, schema);
      Function<Integer, double[]> one =
          i -> {
            try {
              long begin = System.nanoTime();
              search.search(mix.get(i % mix.size()).request(), Caller.ANONYMOUS);
              return new double[] {(System.nanoTime() - begin) / 1e6};
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          };
      run(CLIENTS, WARMUP_IN_PROCESS, one);
      return List.of(run(1, SEARCHES, one), run(CLIENTS, SEARCHES, one));
    }
  }

  private static Latencies run(int clients, int count, Function<Integer, double[]> search)
      throws Exception {
    List<Double> client = Collections.synchronizedList(new ArrayList<>());
    List<Double> server = Collections.synchronizedList(new ArrayList<>());
    long begin = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = offset; i < count; i += clients) {
                    double[] times = search.apply(i);
                    client.add(times[0]);
                    if (times.length > 1) {
                      server.add(times[1]);
                    }
                  }
                }));
      }
      for (var future : futures) {
        future.get();
      }
    }
    return new Latencies(client, server, seconds(begin));
  }

  private static void loadThroughApi(RunningApp app, RecordGenerator generator, int count)
      throws Exception {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      bodies.add(json(generator.next()));
    }
    // Payara resolves JSON-B context resolvers lazily and not thread-safely: the very first JSON
    // reads, if concurrent, can fail (ConcurrentModificationException in JaxRSJsonContextResolver)
    post(app, bodies.get(0));
    try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 1 + offset; i < bodies.size(); i += CLIENTS) {
                    post(app, bodies.get(i));
                  }
                  return null;
                }));
      }
      for (var future : futures) {
        future.get();
      }
    }
  }

  private static void post(RunningApp app, String body) throws Exception {
    var response = app.json("POST", "/api/v1/" + collection(body), body, ADMIN);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.body());
    }
  }

  /** The collection a generated record's JSON ({@link #json}) is posted to. */
  static String collection(String body) {
    return body.contains("\"provider\"")
        ? "practice-reports"
        : body.contains("\"publicationType\"") ? "publications" : "projects";
  }

  static String json(Generated record) {
    var json =
        Json.createObjectBuilder()
            .add("title", record.title())
            .add("summary", record.summary())
            .add("language", record.language())
            .add("keywords", array(record.keywords()))
            .add("sectors", array(record.sectors()))
            .add("levelsOfCare", array(record.levels()))
            .add("topics", array(record.topics()));
    switch (record.type()) {
      case "project" ->
          json.add("status", record.status())
              .add("design", record.body())
              .add("startDate", record.year() + "-01-01");
      case "publication" ->
          json.add("publicationType", "article")
              .add("year", record.year())
              .add("abstract", record.body());
      default ->
          json.add("provider", "Nav Testby")
              .add("providerType", "nav-unit")
              .add("year", record.year())
              .add("results", record.body());
    }
    return json.build().toString();
  }

  private static JsonArrayBuilder array(List<String> values) {
    var array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void awaitTotal(RunningApp app, int total, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int found = -1;
    while (System.nanoTime() < deadline) {
      found = RunningApp.parse(app.get("/api/v1/search?size=1")).asJsonObject().getInt("total");
      if (found >= total) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("only " + found + " of " + total + " records searchable");
  }

  /** Writes records the way the application stores them, in large JDBC batches. */
  private static void loadIntoDatabase(TestDatabase database, RecordGenerator generator, int count)
      throws Exception {
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (var item =
              c.prepareStatement(
                  "INSERT INTO item (id, item_type, title, summary, language, state, owner, created_at, updated_at, version) VALUES (?,?,?,?,?,'published','admin',?,?,1)");
          var project =
              c.prepareStatement(
                  "INSERT INTO project (id, status, start_date, design) VALUES (?,?,?,?)");
          var publication =
              c.prepareStatement(
                  "INSERT INTO publication (id, publication_type, publication_year, abstract_text) VALUES (?,'article',?,?)");
          var report =
              c.prepareStatement(
                  "INSERT INTO practice_report (id, provider, provider_type, report_year, results) VALUES (?,'Nav Testby','nav-unit',?,?)");
          var sector = c.prepareStatement("INSERT INTO item_sector (item_id, term) VALUES (?,?)");
          var level =
              c.prepareStatement("INSERT INTO item_level_of_care (item_id, term) VALUES (?,?)");
          var topic = c.prepareStatement("INSERT INTO item_topic (item_id, term) VALUES (?,?)");
          var keyword =
              c.prepareStatement(
                  "INSERT INTO item_keyword (item_id, position, keyword) VALUES (?,?,?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
          Generated r = generator.next();
          String id = UUID.randomUUID().toString();
          item.setString(1, id);
          item.setString(2, r.type());
          item.setString(3, r.title());
          item.setString(4, r.summary());
          item.setString(5, r.language());
          item.setTimestamp(6, now);
          item.setTimestamp(7, now);
          item.addBatch();
          switch (r.type()) {
            case "project" -> {
              project.setString(1, id);
              project.setString(2, r.status());
              project.setDate(3, java.sql.Date.valueOf(r.year() + "-01-01"));
              project.setString(4, r.body());
              project.addBatch();
            }
            case "publication" -> {
              publication.setString(1, id);
              publication.setInt(2, r.year());
              publication.setString(3, r.body());
              publication.addBatch();
            }
            default -> {
              report.setString(1, id);
              report.setInt(2, r.year());
              report.setString(3, r.body());
              report.addBatch();
            }
          }
          terms(sector, id, r.sectors());
          terms(level, id, r.levels());
          terms(topic, id, r.topics());
          for (int k = 0; k < r.keywords().size(); k++) {
            keyword.setString(1, id);
            keyword.setInt(2, k);
            keyword.setString(3, r.keywords().get(k));
            keyword.addBatch();
          }
          if (i % 1000 == 999 || i == count - 1) {
            for (PreparedStatement s :
                List.of(item, project, publication, report, sector, level, topic, keyword)) {
              s.executeBatch();
            }
            c.commit();
          }
        }
      }
    }
  }

  private static void terms(PreparedStatement statement, String id, List<String> terms)
      throws Exception {
    for (String term : terms) {
      statement.setString(1, id);
      statement.setString(2, term);
      statement.addBatch();
    }
  }

  /** Heap in use and committed (jcmd), resident and peak resident memory (/proc). */
  private static String memory(long pid) throws Exception {
    String heap = "heap n/a";
    var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (Files.isExecutable(jcmd)) {
      var process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      var m =
          java.util.regex.Pattern.compile("(?:committed|total) (\\d+)K, used (\\d+)K").matcher(out);
      if (m.find()) {
        heap =
            String.format(
                "heap used %d MB of %d MB committed (-Xmx512m)",
                Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024);
      }
    }
    String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
    return heap
        + ", RSS "
        + kb(status, "VmRSS") / 1024
        + " MB, peak RSS "
        + kb(status, "VmHWM") / 1024
        + " MB";
  }

  private static long kb(String status, String key) {
    var m = java.util.regex.Pattern.compile(key + ":\\s+(\\d+) kB").matcher(status);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
