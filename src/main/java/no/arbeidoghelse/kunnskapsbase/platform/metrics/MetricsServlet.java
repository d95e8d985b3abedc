package no.arbeidoghelse.kunnskapsbase.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/**
 * {@code /metrics} in the Prometheus text format, for a scraper that sends {@code Authorization:
 * Bearer} with {@code KB_METRICS_TOKEN}. Without a token configured there are no metrics to read
 * (404): they name the server's inner workings and are no one else's business.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

  @Inject Metrics metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> token = Settings.metricsToken();
    if (token.isEmpty()) {
      problem(response, 404, "Not Found", "Metrics are off: set KB_METRICS_TOKEN to read them.");
      return;
    }
    String sent = Optional.ofNullable(request.getHeader("Authorization")).orElse("");
    if (!MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8),
        ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      problem(response, 401, "Unauthorized", "Send the metrics token as 'Authorization: Bearer'.");
      return;
    }
    response.setContentType(metrics.contentType());
    response.setHeader("Cache-Control", "no-store");
    metrics.write(response.getOutputStream());
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            jakarta.json.Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }
}
