package no.arbeidoghelse.kunnskapsbase.web.boundary;

import java.util.Map;

/** The pages' own readable addresses, in Norwegian like the rest of the site. */
public final class WebPaths {

  public static final String SEARCH = "/sok";
  public static final String GAP_MAP = "/kunnskapskart";
  public static final String THEMES = "/tema";

  /** Item type key → the path of its pages. */
  static final Map<String, String> ITEMS =
      Map.of(
          "project", "/prosjekter",
          "publication", "/publikasjoner",
          "practice-report", "/erfaringsrapporter");

  private WebPaths() {}

  /** The item type whose pages are at this path ({@code /prosjekter}), or null. */
  static String typeAt(String path) {
    return ITEMS.entrySet().stream()
        .filter(e -> e.getValue().equals(path))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  public static String item(String type, String id) {
    return ITEMS.get(type) + "/" + id;
  }
}
