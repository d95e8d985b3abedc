package no.arbeidoghelse.kunnskapsbase.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The packaged {@code kunnskapsbase.jar} running as its own process, as a user would start it, with
 * helpers to call it over HTTP. Its output goes to {@code target/it-logs/}.
 */
public final class RunningApp implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "admin-password-for-tests";

  // HTTP/1.1 as browsers and scripts speak it to this server (no TLS, so no HTTP/2 there);
  // the client's h2c upgrade otherwise limits header size and breaks on long URLs
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static {
    // one kept-alive connection per concurrent client of plain(); the JDK keeps 5 unless told
    System.setProperty("http.maxConnections", "16");
  }

  private final Map<String, String> environment;
  private final List<String> options = new java.util.ArrayList<>();
  private final Path dataDir;
  private final String name;
  private final int port;
  private Process process;
  private int starts;
  private boolean keepData;

  private RunningApp(String name, Map<String, String> environment, Path dataDir) {
    this.name = name;
    this.environment = environment;
    this.dataDir = dataDir;
    this.port = freePort();
  }

  /** The app on the embedded database in a new data directory, with default settings. */
  public static RunningApp embedded(String name) throws IOException {
    Path dataDir = Files.createTempDirectory("kb-it-" + name);
    Map<String, String> env = new HashMap<>();
    env.put("KB_DATA_DIR", dataDir.toString());
    env.put("KB_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return new RunningApp(name, env, dataDir);
  }

  /** The app on the given MariaDB database. */
  public static RunningApp onMariaDb(String name, TestDatabase database) throws IOException {
    Path dataDir = Files.createTempDirectory("kb-it-" + name);
    Map<String, String> env = new HashMap<>();
    env.put("KB_DATA_DIR", dataDir.toString());
    env.put("KB_DB_URL", database.url());
    env.put("KB_DB_USER", MariaDbServer.user());
    env.put("KB_DB_PASSWORD", MariaDbServer.password());
    env.put("KB_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return new RunningApp(name, env, dataDir);
  }

  public RunningApp with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** The data directory stays when closed (a benchmark keeps what it loaded for the next one). */
  public RunningApp keepingData() {
    keepData = true;
    return this;
  }

  /** Payara Micro options added to the command line (as an operator may add them). */
  public RunningApp withOptions(String... options) {
    this.options.addAll(List.of(options));
    return this;
  }

  /** Starts the jar and waits until {@code /health/ready} answers 200. */
  public RunningApp start() throws IOException, InterruptedException {
    launch();
    // ready serves requests; the sample content loads after that, and tests may rely on it
    awaitHealth(
        response ->
            response.statusCode() == 200 && !response.body().contains("\"background\":\"running\""),
        "ready with the work after ready done");
    return this;
  }

  /**
   * Starts the jar when start-up is expected to fail: waits until {@code /health/ready} reports the
   * failure, and answers with that report.
   */
  public HttpResponse<String> startExpectingFailure() throws IOException, InterruptedException {
    launch();
    return awaitHealth(
        response -> response.statusCode() == 503 && response.body().contains("\"error\""),
        "reporting a start-up failure");
  }

  private void launch() throws IOException {
    String jar = System.getProperty("kb.jar", "target/kunnskapsbase.jar");
    String java = ProcessHandle.current().info().command().orElse("java");
    Path logs = Path.of("target", "it-logs");
    Files.createDirectories(logs);
    var command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-jar",
                jar,
                "--port",
                Integer.toString(port),
                // a fresh runtime directory per start, as on a new machine; a reused one
                // makes Payara deploy the application twice
                "--rootDir",
                dataDir.resolve("payara-" + (starts + 1)).toString()));
    command.addAll(options);
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log(++starts).toFile());
    builder.environment().putAll(environment);
    process = builder.start();
  }

  private HttpResponse<String> awaitHealth(
      java.util.function.Predicate<HttpResponse<String>> condition, String what)
      throws IOException, InterruptedException {
    Path logs = Path.of("target", "it-logs");
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; see " + logs);
      }
      try {
        var response = get("/health/ready");
        if (condition.test(response)) {
          return response;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " was not " + what + " within 180 s; see " + logs);
  }

  /** The output of the {@code start}-th start (1 is the first). */
  public Path log(int start) {
    return Path.of("target", "it-logs", name + "-" + start + ".log");
  }

  /** Stops the process the way an operator would (SIGTERM) and waits for it. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  /** Kills the process without warning (SIGKILL). */
  public void kill() throws InterruptedException {
    // the launcher, the server it runs and the server's workers, as a crash of the machine would
    var tree = process.descendants().toList();
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.waitFor();
    tree.forEach(child -> child.onExit().join());
  }

  /**
   * The server's process: the launcher's child (the jar's launcher runs the server in a JVM of its
   * own), or the process started when it has none (a build before the launcher).
   */
  public long serverPid() {
    return process.children().mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
  }

  /** The launcher, the server and the processes it started (extraction workers). */
  public java.util.stream.LongStream processTree() {
    return java.util.stream.LongStream.concat(
        java.util.stream.LongStream.of(process.pid()),
        process.descendants().mapToLong(ProcessHandle::pid));
  }

  public Path dataDir() {
    return dataDir;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET(), null);
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String credentials)
      throws IOException, InterruptedException {
    if (credentials != null) {
      request.header("Authorization", basic(credentials));
    }
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** An answer to {@link #plain}: status, body, and headers by name (any case). */
  public record PlainResponse(int status, String body, UnaryOperator<String> header) {}

  /**
   * A request over {@link HttpURLConnection}, for benchmarks: blocking on the calling thread over
   * kept-alive connections, it needs about a third of the client processor time of {@link
   * HttpClient} (which hands every exchange between its threads), and the client runs on the same
   * cores as the server being measured.
   *
   * @param body the multipart body to post, or null
   */
  public PlainResponse plain(String method, String path, String credentials, Multipart body)
      throws IOException {
    var connection = (HttpURLConnection) uri(path).toURL().openConnection();
    connection.setRequestMethod(method);
    if (credentials != null) {
      connection.setRequestProperty("Authorization", basic(credentials));
    }
    if (body != null) {
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", body.contentType());
      connection.setFixedLengthStreamingMode(body.body().length);
      try (var out = connection.getOutputStream()) {
        out.write(body.body());
      }
    }
    int status = connection.getResponseCode();
    // read to the end, so that the connection is kept alive for the next request
    try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new PlainResponse(status, text, connection::getHeaderField);
    }
  }

  public HttpResponse<String> json(
      String method, String path, String body, String credentials, String... headers)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request, credentials);
  }

  /**
   * Has the administrator create an account with one role; {@code credentials} is
   * "username:password". Fails unless it is created.
   */
  public void createUser(String credentials, String role) throws IOException, InterruptedException {
    String[] parts = credentials.split(":", 2);
    var response =
        json(
            "POST",
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", parts[0])
                .add("password", parts[1])
                .add("displayName", parts[0])
                .add("roles", Json.createArrayBuilder().add(role))
                .build()
                .toString(),
            "admin:" + ADMIN_PASSWORD);
    if (response.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + parts[0] + ": " + response.body());
    }
  }

  /** Posts a multipart/form-data body: {@code file} from disk plus text fields. */
  public HttpResponse<String> upload(String path, Path file, String credentials, String... fields)
      throws IOException, InterruptedException {
    var multipart = Multipart.of(file, fields);
    var request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", multipart.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()));
    return send(request, credentials);
  }

  /** A {@code multipart/form-data} body: text fields (name, value, ...), then part "file". */
  public record Multipart(String contentType, byte[] body) {

    public static Multipart of(Path file, String... fields) throws IOException {
      String boundary = "kb-" + System.nanoTime();
      var body = new java.io.ByteArrayOutputStream();
      for (int i = 0; i + 1 < fields.length; i += 2) {
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + fields[i]
                    + "\"\r\n\r\n"
                    + fields[i + 1]
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (file != null) {
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
  }

  public static JsonStructure parse(HttpResponse<String> response) {
    return parse(response.body());
  }

  public static JsonStructure parse(String json) {
    return Json.createReader(new StringReader(json)).read();
  }

  @Override
  public void close() throws InterruptedException, IOException {
    stop();
    if (keepData) {
      return;
    }
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
