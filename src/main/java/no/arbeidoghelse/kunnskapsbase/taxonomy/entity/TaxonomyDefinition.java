package no.arbeidoghelse.kunnskapsbase.taxonomy.entity;

import java.util.List;
import java.util.Map;

/**
 * The whole taxonomy as stored in {@code index-config/taxonomy.json}: the schemes records are
 * classified by, and the value lists fields draw their keys from (kinds, statuses, types, roles).
 */
public record TaxonomyDefinition(
    List<TaxonomyTerm> sectors,
    List<TaxonomyTerm> levelsOfCare,
    List<TaxonomyTerm> topics,
    Map<String, List<TaxonomyTerm>> valueLists) {

  public TaxonomyDefinition {
    valueLists = valueLists == null ? Map.of() : Map.copyOf(valueLists);
  }

  public List<TaxonomyTerm> scheme(TaxonomyScheme scheme) {
    return switch (scheme) {
      case SECTOR -> sectors;
      case LEVEL_OF_CARE -> levelsOfCare;
      case TOPIC -> topics;
    };
  }
}
