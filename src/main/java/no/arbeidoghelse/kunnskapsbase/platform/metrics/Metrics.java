package no.arbeidoghelse.kunnskapsbase.platform.metrics;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleSupplier;

/**
 * The application's metrics, in Prometheus's own Java client: the JVM's (memory, GC, threads, class
 * loading, process), every HTTP request's duration by route and status, and what features register
 * (search latency, index lag, extraction queue). {@code /metrics} writes them.
 */
@ApplicationScoped
public class Metrics {

  /** Seconds: from a cached search (~1 ms) to an upload of a large file. */
  private static final double[] SECONDS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Histogram requests;

  public Metrics() {
    JvmMetrics.builder().register(registry);
    requests =
        histogram("http_server_requests_seconds", "HTTP requests", "method", "route", "status");
  }

  /** A histogram of durations in seconds, with the given labels. */
  public Histogram histogram(String name, String help, String... labels) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .labelNames(labels)
        .classicOnly()
        .classicUpperBounds(SECONDS)
        .withoutExemplars()
        .register(registry);
  }

  /** A value read when metrics are collected. */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.getAsDouble()))
        .register(registry);
  }

  /** Counts a served request. {@code route} is a template, never a path with ids in it. */
  void request(String method, String route, int status, long nanos) {
    requests.labelValues(method, route, Integer.toString(status)).observe(nanos / 1e9);
  }

  String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }

  void write(OutputStream out) throws IOException {
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
  }
}
