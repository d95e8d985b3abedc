package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.search.control.RecordSearch;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;

/**
 * Reads the query string of a search into a {@link SearchRequest}, naming every parameter that is
 * wrong (unknown names too, so that a misspelt filter is not silently ignored).
 */
public final class SearchParameters {

  public static final Set<String> KNOWN =
      Set.of(
          "q",
          "type",
          "sector",
          "level",
          "topic",
          "status",
          "language",
          "organisation",
          "region",
          "form",
          "yearFrom",
          "yearTo",
          "sort",
          "page",
          "size",
          "lang");
  private static final int MAX_VALUES = 50;

  private final Taxonomy taxonomy;
  private final List<FieldError> errors = new ArrayList<>();

  public SearchParameters(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** What a search finds: the kinds of record, and the directory's organisations. */
  static final List<String> TYPE_LISTS = List.of(ItemKinds.VALUE_LIST, "directoryTypes");

  private List<String> types() {
    return TYPE_LISTS.stream().flatMap(list -> taxonomy.valueKeys(list).stream()).toList();
  }

  public SearchRequest read(MultivaluedMap<String, String> query) {
    for (String name : query.keySet()) {
      if (!KNOWN.contains(name)) {
        errors.add(
            new FieldError(
                name, "unknown parameter; the parameters are " + new java.util.TreeSet<>(KNOWN)));
      }
    }
    Map<FacetName, Set<String>> selected = new EnumMap<>(FacetName.class);
    selected.put(FacetName.TYPE, allowed(query, "type", types()));
    selected.put(FacetName.SECTOR, taxonomyKeys(query, "sector", TaxonomyScheme.SECTOR));
    selected.put(FacetName.LEVEL, taxonomyKeys(query, "level", TaxonomyScheme.LEVEL_OF_CARE));
    selected.put(FacetName.TOPIC, taxonomyKeys(query, "topic", TaxonomyScheme.TOPIC));
    selected.put(FacetName.STATUS, allowed(query, "status", taxonomy.valueKeys("projectStatuses")));
    selected.put(FacetName.LANGUAGE, allowed(query, "language", taxonomy.valueKeys("languages")));
    selected.put(FacetName.REGION, allowed(query, "region", taxonomy.valueKeys("regions")));
    selected.put(FacetName.FORM, allowed(query, "form", taxonomy.valueKeys("programmeForms")));
    Set<String> organisations = values(query, "organisation");
    Integer yearFrom = year(query, "yearFrom");
    Integer yearTo = year(query, "yearTo");
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      errors.add(new FieldError("yearFrom", "must not be after yearTo (" + yearTo + ")"));
    }
    SearchRequest.Sort sort = sort(query.getFirst("sort"));
    String lang = single(query, "lang");
    if (lang != null && !List.of("nb", "en").contains(lang)) {
      errors.add(new FieldError("lang", "must be nb or en, not '" + lang + "'"));
    }
    PageRequest page = PageRequest.of(single(query, "page"), single(query, "size"));
    if ((long) page.page() * page.size() > RecordSearch.MAX_RESULT_WINDOW) {
      errors.add(
          new FieldError(
              "page",
              "page × size must be at most "
                  + RecordSearch.MAX_RESULT_WINDOW
                  + "; narrow the search instead of paging this deep"));
    }
    String q = single(query, "q");
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    selected.values().removeIf(Set::isEmpty);
    return new SearchRequest(
        q == null ? "" : q,
        selected,
        organisations,
        yearFrom,
        yearTo,
        sort,
        page.page(),
        page.size(),
        lang == null ? "nb" : lang);
  }

  private Set<String> values(MultivaluedMap<String, String> query, String name) {
    List<String> raw = query.getOrDefault(name, List.of());
    Set<String> values = new LinkedHashSet<>();
    for (String value : raw) {
      // "sector=health,education" is accepted as well as repeating the parameter
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          values.add(part.trim());
        }
      }
    }
    if (values.size() > MAX_VALUES) {
      errors.add(new FieldError(name, "at most " + MAX_VALUES + " values"));
    }
    return values;
  }

  private Set<String> allowed(
      MultivaluedMap<String, String> query, String name, List<String> allowed) {
    Set<String> values = values(query, name);
    for (String value : values) {
      if (!allowed.contains(value)) {
        errors.add(new FieldError(name, "'" + value + "' is not one of " + allowed));
      }
    }
    return values;
  }

  private Set<String> taxonomyKeys(
      MultivaluedMap<String, String> query, String name, TaxonomyScheme scheme) {
    Set<String> values = values(query, name);
    for (String value : values) {
      if (!taxonomy.contains(scheme, value)) {
        errors.add(
            new FieldError(
                name,
                "unknown taxonomy key '" + value + "'; see GET /api/v1/taxonomy for the keys"));
      }
    }
    return values;
  }

  private Integer year(MultivaluedMap<String, String> query, String name) {
    String raw = single(query, name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(raw.trim());
      if (year >= 1000 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(name, "must be a year (four digits), not '" + raw + "'"));
    return null;
  }

  private SearchRequest.Sort sort(String raw) {
    if (raw == null || raw.isBlank()) {
      return SearchRequest.Sort.RELEVANCE;
    }
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      if (sort.key().equals(raw.trim())) {
        return sort;
      }
    }
    errors.add(new FieldError("sort", "must be relevance, newest or oldest, not '" + raw + "'"));
    return SearchRequest.Sort.RELEVANCE;
  }

  private String single(MultivaluedMap<String, String> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      errors.add(new FieldError(name, "give this parameter once"));
    }
    return values.get(0);
  }
}
