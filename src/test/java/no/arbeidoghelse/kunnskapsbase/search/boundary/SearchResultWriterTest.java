package no.arbeidoghelse.kunnskapsbase.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import org.junit.jupiter.api.Test;

class SearchResultWriterTest {

  private static String streamed(SearchJson.Result result) {
    var out = new ByteArrayOutputStream();
    new SearchResultWriter()
        .writeTo(
            result,
            SearchJson.Result.class,
            SearchJson.Result.class,
            new java.lang.annotation.Annotation[0],
            MediaType.APPLICATION_JSON_TYPE,
            new MultivaluedHashMap<>(),
            out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesWhatJsonBindingWrote() {
    Map<String, List<SearchJson.FacetValue>> facets = new LinkedHashMap<>();
    facets.put(
        "sector",
        List.of(
            new SearchJson.FacetValue("health", "Helse", 12, true),
            new SearchJson.FacetValue("gone", null, 0, false)));
    facets.put("year", List.of(new SearchJson.FacetValue("2024", "2024", 3, false)));
    var full =
        new SearchJson.Hit(
            "p-1",
            "project",
            "Sykefravær \"og\" <arbeid>",
            "… <mark>sykefravær</mark> æøå \u2028 \\ slutt",
            2024,
            "nb",
            List.of("health", "labour-welfare"),
            List.of(),
            List.of("sick-leave"),
            "/prosjekter/p-1");
    var sparse =
        new SearchJson.Hit("x-2", "publication", "T", null, null, null, null, null, null, null);
    var result =
        new SearchJson.Result(
            1234, 2, 20, List.of(full, sparse), facets, "sykefravær", "Søket ble avgrenset");

    assertEquals(JsonbConfiguration.jsonb().toJson(result), streamed(result));
    var empty = new SearchJson.Result(0, 1, 20, List.of(), Map.of(), null, null);
    assertEquals(JsonbConfiguration.jsonb().toJson(empty), streamed(empty));
  }
}
