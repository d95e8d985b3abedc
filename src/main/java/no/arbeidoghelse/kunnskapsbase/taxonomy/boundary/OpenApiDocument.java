package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * {@code /openapi}: the hand-written OpenAPI document ({@code META-INF/openapi.yaml}) with the
 * enums of the value lists filled in from {@code index-config/taxonomy.json}. A schema described as
 * "A key of the value list providerTypes (index-config/taxonomy.json)" gets that list's keys ("A
 * key of the value lists kinds, directoryTypes (…)": both lists' keys), so the document lists
 * exactly the keys the server accepts. Served by the application rather than Payara's MicroProfile
 * OpenAPI (switched off before boot), which drops the enums of nested schemas.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiDocument extends HttpServlet {

  static final String FILE = "META-INF/openapi.yaml";
  private static final Pattern VALUE_LIST =
      Pattern.compile(
          "description: 'A key of the value lists? ([\\w, ]+) \\(index-config/taxonomy.json\\)'");

  @Inject Taxonomy taxonomy;
  private volatile String document;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (document == null) {
      document = withValueLists(read(), taxonomy);
    }
    response.setContentType("application/yaml;charset=UTF-8");
    response.getWriter().write(document);
  }

  /** The document packed with the application, as written. */
  public static String read() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  /** {@code yaml} with an {@code enum} beside every description that names a value list. */
  public static String withValueLists(String yaml, Taxonomy taxonomy) {
    return VALUE_LIST
        .matcher(yaml)
        .replaceAll(
            found ->
                Matcher.quoteReplacement(
                    found.group()
                        + ", enum: ["
                        + java.util.Arrays.stream(found.group(1).split(",\\s*"))
                            .flatMap(list -> taxonomy.valueKeys(list).stream())
                            .map(key -> "'" + key + "'")
                            .collect(Collectors.joining(", "))
                        + "]"));
  }
}
