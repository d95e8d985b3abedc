package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes search answers with a streaming generator: they are the API's most frequent answers, and
 * JSON-B's reflective binding of them took a twelfth of a search's processor time. The JSON is what
 * JSON-B wrote (names in alphabetical order; a hit's missing values as null, a facet value's
 * missing label left out), which the search tests read as clients do.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchResultWriter implements MessageBodyWriter<SearchJson.Result> {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == SearchJson.Result.class;
  }

  @Override
  public void writeTo(
      SearchJson.Result result,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    // not closed: the container owns the stream
    JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
    json.writeStartObject();
    text(json, "didYouMean", result.didYouMean());
    json.writeStartObject("facets");
    result.facets().forEach((name, values) -> facet(json, name, values));
    json.writeEnd();
    json.writeStartArray("hits");
    result.hits().forEach(hit -> hit(json, hit));
    json.writeEnd();
    json.write("page", result.page());
    text(json, "queryNotice", result.queryNotice());
    json.write("size", result.size());
    json.write("total", result.total());
    json.writeEnd();
    json.flush();
  }

  private static void facet(JsonGenerator json, String name, List<SearchJson.FacetValue> values) {
    json.writeStartArray(name);
    for (var value : values) {
      json.writeStartObject();
      json.write("count", value.count());
      json.write("key", value.key());
      if (value.label() != null) {
        json.write("label", value.label());
      }
      json.write("selected", value.selected());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void hit(JsonGenerator json, SearchJson.Hit hit) {
    json.writeStartObject();
    text(json, "id", hit.id());
    text(json, "language", hit.language());
    texts(json, "levelsOfCare", hit.levelsOfCare());
    texts(json, "sectors", hit.sectors());
    text(json, "snippet", hit.snippet());
    text(json, "title", hit.title());
    texts(json, "topics", hit.topics());
    text(json, "type", hit.type());
    text(json, "url", hit.url());
    if (hit.year() == null) {
      json.writeNull("year");
    } else {
      json.write("year", hit.year());
    }
    json.writeEnd();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void texts(JsonGenerator json, String name, List<String> values) {
    if (values == null) {
      json.writeNull(name);
      return;
    }
    json.writeStartArray(name);
    values.forEach(json::write);
    json.writeEnd();
  }
}
