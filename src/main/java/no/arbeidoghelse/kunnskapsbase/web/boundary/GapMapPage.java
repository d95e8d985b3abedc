package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchJson;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchOperations;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchParameters;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * The evidence and gap map: topics down, levels of care across, the number of published records in
 * each cell, shaded, each cell a link to that search. Empty cells are shown on purpose: they are
 * where research is missing. Filterable by type and status.
 */
@WebServlet(urlPatterns = WebPaths.GAP_MAP)
public class GapMapPage extends Page {

  @Inject SearchOperations search;
  @Inject Taxonomy taxonomy;
  @Inject Labels labels;

  public record Cell(long count, int shade, String url, String description) {}

  public record Row(String key, String label, int depth, List<Cell> cells) {}

  @Override
  protected View view(Visit visit) {
    MultivaluedMap<String, String> filters = new MultivaluedHashMap<>();
    for (String name : List.of("type", "status")) {
      String[] values = visit.request().getParameterValues(name);
      if (values != null) {
        for (String value : values) {
          if (!value.isBlank()) {
            filters.add(name, value);
          }
        }
      }
    }
    var levels = labels.terms(TaxonomyScheme.LEVEL_OF_CARE, visit.locale());
    var topics = labels.terms(TaxonomyScheme.TOPIC, visit.locale());
    // one search per level, counting topics: a handful of searches, not one per cell
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (var level : levels) {
      MultivaluedMap<String, String> query = new MultivaluedHashMap<>(filters);
      query.putSingle("level", level.key());
      query.putSingle("size", "1");
      query.putSingle("lang", visit.lang());
      SearchJson.Result result =
          search.search(new SearchParameters(taxonomy).read(query), Caller.ANONYMOUS);
      Map<String, Long> byTopic = new HashMap<>();
      result
          .facets()
          .getOrDefault("topic", List.of())
          .forEach(v -> byTopic.put(v.key(), v.count()));
      counts.put(level.key(), byTopic);
    }
    long max =
        counts.values().stream()
            .flatMap(m -> m.values().stream())
            .mapToLong(Long::longValue)
            .max()
            .orElse(0);
    List<Row> rows = new ArrayList<>();
    for (var topic : topics) {
      List<Cell> cells = new ArrayList<>();
      for (var level : levels) {
        long count = counts.get(level.key()).getOrDefault(topic.key(), 0L);
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(filters);
        query.putSingle("topic", topic.key());
        query.putSingle("level", level.key());
        cells.add(
            new Cell(
                count,
                shade(count, max),
                SearchPage.url(query, Map.of()),
                visit.text("map.cell", count, topic.label(), level.label())));
      }
      rows.add(new Row(topic.key(), topic.label(), topic.depth(), cells));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("levels", levels);
    model.put("rows", rows);
    model.put("kinds", taxonomy.valueKeys(ItemKinds.VALUE_LIST));
    model.put("projectStatuses", taxonomy.valueKeys("projectStatuses"));
    model.put("types", filters.getOrDefault("type", List.of()));
    model.put("statuses", filters.getOrDefault("status", List.of()));
    return new View("gapmap", visit.text("map.title"), model);
  }

  /** 0 for none, then 1–4 by the share of the fullest cell. */
  static int shade(long count, long max) {
    if (count == 0 || max == 0) {
      return 0;
    }
    return (int) Math.min(4, Math.max(1, Math.ceil(4.0 * count / max)));
  }
}
