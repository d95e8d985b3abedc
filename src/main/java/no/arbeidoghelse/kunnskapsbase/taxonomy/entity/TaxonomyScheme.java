package no.arbeidoghelse.kunnskapsbase.taxonomy.entity;

/** The classification schemes an item is tagged with; the JSON field name of each. */
public enum TaxonomyScheme {
  SECTOR("sectors"),
  LEVEL_OF_CARE("levelsOfCare"),
  TOPIC("topics");

  private final String field;

  TaxonomyScheme(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
