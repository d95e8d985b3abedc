package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;

/** The JSON of search answers (see {@code API.md}, search). */
public final class SearchJson {

  private SearchJson() {}

  @JsonbNillable
  public record Result(
      long total,
      int page,
      int size,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      String didYouMean,
      String queryNotice) {

    static Result of(SearchRequest request, SearchRequest.Result result, ItemKinds kinds) {
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      result
          .facets()
          .forEach(
              (name, values) ->
                  facets.put(
                      name.key(),
                      values.stream()
                          .map(v -> new FacetValue(v.key(), v.label(), v.count(), v.selected()))
                          .toList()));
      return new Result(
          result.total(),
          request.page(),
          request.size(),
          result.hits().stream().map(hit -> Hit.of(hit, kinds)).toList(),
          facets,
          result.didYouMean(),
          result.queryNotice());
    }
  }

  @JsonbNillable
  public record Hit(
      String id,
      String type,
      String title,
      String snippet,
      Integer year,
      String language,
      List<String> sectors,
      List<String> levelsOfCare,
      List<String> topics,
      String url) {

    static Hit of(SearchRequest.Hit hit, ItemKinds kinds) {
      String url =
          kinds
              .byKey(hit.type())
              .map(kind -> kind.path(hit.id()))
              .orElse(
                  Organisation.TYPE.equals(hit.type())
                      ? "/api/v1/organisations/" + hit.id()
                      : null);
      return new Hit(
          hit.id(),
          hit.type(),
          hit.title(),
          hit.snippet(),
          hit.year(),
          hit.language(),
          hit.sectors(),
          hit.levelsOfCare(),
          hit.topics(),
          url);
    }
  }

  public record FacetValue(String key, String label, long count, boolean selected) {}

  public record Suggestions(List<String> suggestions) {}

  public record Related(List<Hit> items) {}

  public record IndexStatus(
      long records,
      long queued,
      boolean rebuilding,
      String lastRebuild,
      String configFingerprint) {}
}
