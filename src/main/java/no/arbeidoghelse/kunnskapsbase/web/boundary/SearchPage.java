package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchJson;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchOperations;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchParameters;
import no.arbeidoghelse.kunnskapsbase.search.control.RecordSearch;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * The search page. Its whole state is in the URL (the same parameters as the search API), so a
 * search can be shared and the back button works; the filters are a plain GET form, so it works
 * without JavaScript.
 */
@WebServlet(urlPatterns = WebPaths.SEARCH)
public class SearchPage extends Page {

  /** The facet shown as links rather than check boxes. */
  static final String YEAR = "year";

  @Inject SearchOperations search;
  @Inject Taxonomy taxonomy;
  @Inject Labels labels;
  @Inject WebPaths paths;

  /** One value of a facet as a check box. */
  public record Option(String key, String label, long count, boolean selected, int depth) {}

  public record Facet(String param, String legend, List<Option> options) {}

  /** A link in the pager. */
  public record PageLink(int number, String url, boolean current) {}

  @Override
  protected View view(Visit visit) {
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    visit
        .request()
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (SearchParameters.KNOWN.contains(name) && !name.equals("lang")) {
                for (String value : values) {
                  if (!value.isBlank()) {
                    query.add(name, value);
                  }
                }
              }
            });
    query.putSingle("lang", visit.lang());
    var request = new SearchParameters(taxonomy).read(query);
    SearchJson.Result result = search.search(request, visit.caller());

    Map<String, Integer> topicDepth = new HashMap<>();
    labels
        .terms(TaxonomyScheme.TOPIC, visit.locale())
        .forEach(t -> topicDepth.put(t.key(), t.depth()));
    List<Facet> facets = new ArrayList<>();
    // the facets of index-config/search.json, in its order
    for (String name : result.facets().keySet()) {
      if (name.equals(YEAR)) {
        continue;
      }
      List<Option> options =
          result.facets().get(name).stream()
              .map(
                  v ->
                      new Option(
                          v.key(),
                          v.label(),
                          v.count(),
                          v.selected(),
                          name.equals("topic") ? topicDepth.getOrDefault(v.key(), 0) : 0))
              .toList();
      if (!options.isEmpty()) {
        facets.add(new Facet(name, visit.text("facet." + name), options));
      }
    }
    List<Map<String, Object>> years =
        result.facets().getOrDefault(YEAR, List.of()).stream()
            .map(
                y ->
                    Map.<String, Object>of(
                        "label", y.label(),
                        "count", y.count(),
                        "url",
                            url(query, Map.of("yearFrom", y.key(), "yearTo", y.key(), "page", ""))))
            .toList();

    int pages =
        (int)
            Math.min(
                Math.ceil(result.total() / (double) result.size()),
                RecordSearch.MAX_RESULT_WINDOW / result.size());
    List<PageLink> pager = new ArrayList<>();
    for (int n = Math.max(1, result.page() - 3); n <= Math.min(pages, result.page() + 3); n++) {
      pager.add(
          new PageLink(
              n,
              url(query, Map.of("page", n == 1 ? "" : Integer.toString(n))),
              n == result.page()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("q", request.text());
    model.put("result", result);
    model.put(
        "hits",
        result.hits().stream().map(hit -> HitView.of(hit, labels, visit.locale(), paths)).toList());
    model.put("facets", facets);
    model.put("years", years);
    model.put("yearFrom", query.getFirst("yearFrom"));
    model.put("yearTo", query.getFirst("yearTo"));
    model.put("sort", request.sort().key());
    model.put("pager", pager);
    model.put(
        "previous",
        result.page() > 1 ? url(query, Map.of("page", Integer.toString(result.page() - 1))) : null);
    model.put(
        "next",
        result.page() < pages
            ? url(query, Map.of("page", Integer.toString(result.page() + 1)))
            : null);
    model.put(
        "clearAll",
        request.hasText() ? WebPaths.SEARCH + "?q=" + encode(request.text()) : WebPaths.SEARCH);
    model.put(
        "filtered",
        query.keySet().stream()
            .anyMatch(k -> result.facets().containsKey(k) || k.startsWith(YEAR)));
    model.put(
        "didYouMean",
        result.didYouMean() == null
            ? null
            : url(query, Map.of("q", result.didYouMean(), "page", "")));
    String title =
        request.hasText()
            ? visit.text("search.titleFor", request.text())
            : visit.text("search.title");
    return new View("search", title, model);
  }

  /** This search with some parameters replaced (an empty value removes the parameter). */
  static String url(MultivaluedMap<String, String> query, Map<String, String> changes) {
    MultivaluedMap<String, String> next = new MultivaluedHashMap<>(query);
    next.remove("lang");
    changes.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            next.remove(name);
          } else {
            next.putSingle(name, value);
          }
        });
    String parameters =
        next.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return WebPaths.SEARCH + (parameters.isEmpty() ? "" : "?" + parameters);
  }
}
