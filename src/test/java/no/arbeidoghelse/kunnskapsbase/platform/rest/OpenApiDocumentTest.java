package no.arbeidoghelse.kunnskapsbase.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemSatellite;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document ({@code META-INF/openapi.yaml}) describes exactly the
 * operations the JAX-RS resources offer: a new endpoint without documentation, or documentation of
 * an endpoint that is gone, fails the build.
 */
class OpenApiDocumentTest {

  private static final Set<String> SERVLET_OPERATIONS =
      Set.of("GET /health/live", "GET /health/ready");

  @Test
  void documentsEveryOperationAndNothingElse() throws Exception {
    assertEquals(implementedOperations(), documentedOperations());
  }

  private static Set<String> documentedOperations() throws IOException {
    String yaml;
    try (var in =
        OpenApiDocumentTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String paths = yaml.substring(yaml.indexOf("\npaths:"), yaml.indexOf("\ncomponents:"));
    Set<String> operations = new TreeSet<>();
    String current = null;
    for (String line : paths.split("\n")) {
      Matcher path = Pattern.compile("^  (/\\S*):$").matcher(line);
      Matcher method = Pattern.compile("^    (get|put|post|delete|patch):").matcher(line);
      if (path.find()) {
        current = path.group(1);
      } else if (method.find()) {
        operations.add(method.group(1).toUpperCase() + " " + current);
      }
    }
    return operations;
  }

  private static Set<String> implementedOperations() throws IOException, URISyntaxException {
    Set<String> operations = new TreeSet<>(SERVLET_OPERATIONS);
    List<Class<?>> all = mainClasses();
    all.stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .forEach(type -> operations.addAll(operationsOf(type, all)));
    return operations;
  }

  private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
    var classes =
        java.nio.file.Path.of(
            RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .<Class<?>>map(OpenApiDocumentTest::load)
          .toList();
    }
  }

  private static Set<String> operationsOf(Class<?> resource, List<Class<?>> all) {
    return operationsOf(resource, "/api/" + trim(resource.getAnnotation(Path.class).value()), all);
  }

  /**
   * HTTP methods, and sub-resource locators (a path without an HTTP method) followed; a record's
   * {@code {satellite}} locator is followed into every {@link ItemSatellite}'s resource.
   */
  private static Set<String> operationsOf(Class<?> resource, String base, List<Class<?>> all) {
    Set<String> operations = new TreeSet<>();
    for (Method method : resource.getMethods()) {
      Path sub = method.getAnnotation(Path.class);
      String path = base + (sub == null ? "" : "/" + trim(sub.value()));
      boolean endpoint = false;
      for (var annotation : method.getAnnotations()) {
        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
        if (http != null) {
          alternatives(path).forEach(each -> operations.add(http.value() + " " + each));
          endpoint = true;
        }
      }
      if (!endpoint && sub != null && path.endsWith("/{satellite}")) {
        for (Class<?> satellite : all) {
          if (ItemSatellite.class.isAssignableFrom(satellite) && !satellite.isInterface()) {
            operations.addAll(
                operationsOf(
                    satelliteResource(satellite),
                    path.replace("{satellite}", segment(satellite)),
                    all));
          }
        }
      } else if (!endpoint && sub != null) {
        operations.addAll(operationsOf(method.getReturnType(), path, all));
      }
    }
    return operations;
  }

  /**
   * A template whose segment is a choice of words ({@code {action: submit|publish}}) is one path
   * per word: each is its own documented operation.
   */
  private static List<String> alternatives(String path) {
    Matcher choice = Pattern.compile("\\{\\w+\\s*:\\s*([a-z-]+(?:\\|[a-z-]+)+)\\s*}").matcher(path);
    if (!choice.find()) {
      return List.of(path);
    }
    return Stream.of(choice.group(1).split("\\|"))
        .map(word -> path.substring(0, choice.start()) + word + path.substring(choice.end()))
        .toList();
  }

  /**
   * Path templates without their regular expressions: {@code {collection: a|b}} is {@code
   * {collection}}.
   */
  private static String trim(String path) {
    return path.replaceAll("\\{(\\w+)\\s*:\\s*(\\w[^}|]*)}", "{$1}").replaceAll("^/+|/+$", "");
  }

  private static Class<?> satelliteResource(Class<?> satellite) {
    return Stream.of(satellite.getMethods())
        .filter(m -> m.getName().equals("resource") && !m.isBridge())
        .findFirst()
        .orElseThrow()
        .getReturnType();
  }

  private static String segment(Class<?> satellite) {
    try {
      return ((ItemSatellite) satellite.getConstructor().newInstance()).segment();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
