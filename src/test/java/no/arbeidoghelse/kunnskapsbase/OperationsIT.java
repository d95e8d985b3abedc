package no.arbeidoghelse.kunnskapsbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.testing.ProblemAnswers;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads: Prometheus metrics behind a token (requests by route, search latency,
 * index lag, extraction queue, the JVM) and, when asked for, logs as one JSON object per line.
 */
class OperationsIT {

  static final String TOKEN = "a-scraper-token-for-tests";
  static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.embedded("operations")
            .with("KB_METRICS_TOKEN", TOKEN)
            .withOptions("--logproperties", "deploy/logging-json.properties")
            .start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void metricsNeedTheTokenAndCountRequestsByRouteNotByPath() throws Exception {
    ProblemAnswers.assertProblem(app.get("/metrics"), 401);
    var wrong =
        app.send(
            HttpRequest.newBuilder(app.uri("/metrics")).header("Authorization", "Bearer nope"),
            null);
    ProblemAnswers.assertProblem(wrong, 401);

    app.get("/api/v1/search?q=arbeid");
    app.get("/api/v1/projects/00000000-0000-0000-0000-000000000001");
    app.get("/api/v1/projects/00000000-0000-0000-0000-000000000002");
    var metrics =
        app.send(
            HttpRequest.newBuilder(app.uri("/metrics")).header("Authorization", "Bearer " + TOKEN),
            null);
    assertEquals(200, metrics.statusCode(), metrics::body);
    assertTrue(
        metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        "Prometheus text format");
    String text = metrics.body();
    for (String expected :
        List.of(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/search\",status=\"200\"} 1",
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/projects/{id}\",status=\"404\"} 2",
            "kb_search_seconds_count 1",
            "kb_search_index_lag_seconds 0.0",
            "kb_search_index_queued",
            "kb_document_extraction_queue",
            "jvm_memory_used_bytes{area=\"heap\"}",
            "jvm_gc_collection_seconds")) {
      assertTrue(text.contains(expected), () -> expected + " in\n" + text);
    }
    assertTrue(!text.contains("00000000-0000-0000-0000-000000000001"), "no series per record");
  }

  @Test
  void logsAreOneJsonObjectPerLineWhenAskedFor() throws Exception {
    var lines = Files.readAllLines(app.log(1)).stream().filter(l -> l.startsWith("{")).toList();
    assertTrue(lines.size() > 10, "the server logged JSON: " + lines.size() + " lines");
    boolean started = false;
    for (String line : lines) {
      var record = RunningApp.parse(line).asJsonObject();
      assertTrue(record.containsKey("Level") && record.containsKey("Timestamp"), line);
      started |= record.getString("LogMessage", "").startsWith("Kunnskapsbasen started");
    }
    assertTrue(started, "the application's own records are JSON too");
  }
}
