package no.arbeidoghelse.kunnskapsbase.search.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The facets of search; the key is both the facet's name in results and its query parameter. */
public enum FacetName {
  TYPE("type"),
  SECTOR("sector"),
  LEVEL("level"),
  TOPIC("topic"),
  STATUS("status"),
  LANGUAGE("language"),
  YEAR("year"),
  REGION("region"),
  FORM("form");

  private final String key;

  FacetName(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<FacetName> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(FacetName::key).toList();
  }
}
