package no.arbeidoghelse.kunnskapsbase.taxonomy.entity;

import java.util.List;

/** The whole taxonomy as stored in {@code index-config/taxonomy.json}. */
public record TaxonomyDefinition(
    List<TaxonomyTerm> sectors, List<TaxonomyTerm> levelsOfCare, List<TaxonomyTerm> topics) {

  public List<TaxonomyTerm> scheme(TaxonomyScheme scheme) {
    return switch (scheme) {
      case SECTOR -> sectors;
      case LEVEL_OF_CARE -> levelsOfCare;
      case TOPIC -> topics;
    };
  }
}
