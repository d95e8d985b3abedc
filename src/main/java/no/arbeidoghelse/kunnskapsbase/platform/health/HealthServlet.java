package no.arbeidoghelse.kunnskapsbase.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;
import no.arbeidoghelse.kunnskapsbase.platform.startup.Readiness;

/**
 * {@code /health/live} and {@code /health/ready}, in MicroProfile Health's JSON shape. The
 * application's own, not Payara's: Payara's would report UP even when this application failed to
 * deploy.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready", "/health"})
public class HealthServlet extends HttpServlet {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Readiness readiness;
  @Inject @Any Instance<ReadinessCheck> parts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean live = request.getServletPath().equals("/health/live");
    var checks = Json.createArrayBuilder();
    var answer = Json.createObjectBuilder();
    boolean up = true;
    if (!live) {
      var startup = check("startup", readiness.isStarted());
      // work after ready (sample content) is reported, and does not make the server unready
      var startupData = Json.createObjectBuilder().add("background", readiness.background());
      if (readiness.failure() != null) {
        startupData.add("error", readiness.failure());
      }
      startup.add("data", startupData);
      checks.add(startup);
      checks.add(check("api", readiness.isApiStarted()));
      String databaseError = databaseError();
      var database = check("database", databaseError == null);
      if (databaseError != null) {
        database.add("data", Json.createObjectBuilder().add("error", databaseError));
      }
      checks.add(database);
      up = readiness.isStarted() && readiness.isApiStarted() && databaseError == null;
      for (ReadinessCheck part : parts) {
        boolean ready = part.isReady();
        var check = check(part.name(), ready);
        var data = part.data();
        if (!data.isEmpty()) {
          var figures = Json.createObjectBuilder();
          data.forEach(figures::add);
          data.forEach(answer::add);
          check.add("data", figures);
        }
        checks.add(check);
        up &= ready;
      }
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(answer.add("status", up ? "UP" : "DOWN").add("checks", checks).build().toString());
  }

  private static JsonObjectBuilder check(String name, boolean up) {
    return Json.createObjectBuilder().add("name", name).add("status", up ? "UP" : "DOWN");
  }

  /** Null when a connection answers a query within two seconds, else why not. */
  private String databaseError() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(2) ? null : "the database did not answer within 2 s";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
