package no.arbeidoghelse.kunnskapsbase.search.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked search: the text, the selected value(s) of each facet, other filters, order and page.
 *
 * @param labelLanguage the language of facet labels ({@code nb} or {@code en})
 */
public record SearchRequest(
    String text,
    Map<FacetName, Set<String>> selected,
    Set<String> organisations,
    Integer yearFrom,
    Integer yearTo,
    Sort sort,
    int page,
    int size,
    String labelLanguage) {

  public enum Sort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest");

    private final String key;

    Sort(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public Set<String> selected(FacetName facet) {
    return selected.getOrDefault(facet, Set.of());
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  public SearchRequest withText(String other) {
    return new SearchRequest(
        other, selected, organisations, yearFrom, yearTo, sort, page, size, labelLanguage);
  }

  /**
   * Result of a search.
   *
   * @param queryNotice what the searcher should know about how the search was limited, or null
   */
  public record Result(
      long total,
      List<Hit> hits,
      Map<FacetName, List<FacetValue>> facets,
      String didYouMean,
      String queryNotice) {}

  /** One record found. */
  public record Hit(
      String id,
      String type,
      String title,
      String snippet,
      Integer year,
      String language,
      List<String> sectors,
      List<String> levelsOfCare,
      List<String> topics) {}

  /** A facet value with its count (drill-sideways) and whether it is selected. */
  public record FacetValue(String key, String label, long count, boolean selected) {}
}
