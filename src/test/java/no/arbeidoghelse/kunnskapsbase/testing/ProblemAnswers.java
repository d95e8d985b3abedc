package no.arbeidoghelse.kunnskapsbase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Checks of error answers over HTTP: RFC 9457 problem documents. */
public final class ProblemAnswers {

  private ProblemAnswers() {}

  /** Whether the answer is declared a problem document. */
  public static boolean isProblem(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/problem+json");
  }

  /** Asserts a problem document with this status (in the answer and its body); answers the body. */
  public static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response::body);
    assertTrue(
        isProblem(response),
        () -> "a problem document, not " + response.headers().firstValue("Content-Type"));
    JsonObject problem = RunningApp.parse(response).asJsonObject();
    assertEquals(status, problem.getInt("status"));
    return problem;
  }
}
