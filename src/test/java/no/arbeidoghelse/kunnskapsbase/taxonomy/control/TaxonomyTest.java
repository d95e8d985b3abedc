package no.arbeidoghelse.kunnskapsbase.taxonomy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;
import org.junit.jupiter.api.Test;

/** The taxonomy as shipped in index-config/, and the checks made against it. */
class TaxonomyTest {

  private final Taxonomy taxonomy = new Taxonomy();

  @Test
  void holdsTheContractKeys() {
    assertEquals(
        Set.of("health", "labour-welfare", "education", "working-life"),
        taxonomy.keys(TaxonomyScheme.SECTOR));
    assertEquals(
        Set.of(
            "primary-care",
            "specialist-care",
            "rehabilitation",
            "occupational-health",
            "welfare-services",
            "education-services"),
        taxonomy.keys(TaxonomyScheme.LEVEL_OF_CARE));
    assertTrue(
        taxonomy
            .keys(TaxonomyScheme.TOPIC)
            .containsAll(
                List.of(
                    "mental-health",
                    "anxiety-depression",
                    "substance-use",
                    "severe-mental-illness",
                    "musculoskeletal",
                    "sick-leave",
                    "work-rehabilitation",
                    "workplace-inclusion",
                    "young-people",
                    "ips",
                    "health-benefits",
                    "collaboration",
                    "user-involvement",
                    "chronic-pain",
                    "methods")));
  }

  @Test
  void everyTermHasBokmaalAndEnglishLabels() {
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      taxonomy.definition().scheme(scheme).stream()
          .flatMap(TaxonomyTerm::selfAndDescendants)
          .forEach(
              term -> {
                assertFalse(term.labels().getOrDefault("nb", "").isBlank(), term.key() + " nb");
                assertFalse(term.labels().getOrDefault("en", "").isBlank(), term.key() + " en");
              });
    }
  }

  @Test
  void unknownKeysAreNamed() {
    assertTrue(
        taxonomy.unknownKeys(TaxonomyScheme.TOPIC, List.of("ips", "anxiety-depression")).isEmpty());
    var errors = taxonomy.unknownKeys(TaxonomyScheme.SECTOR, List.of("health", "helth", "ips"));
    assertEquals(2, errors.size());
    assertTrue(errors.get(0).message().contains("'helth'"));
    assertEquals("sectors", errors.get(0).field());
    var e =
        assertThrows(
            DomainException.class,
            () -> taxonomy.requireKnown(TaxonomyScheme.LEVEL_OF_CARE, List.of("gp")));
    assertEquals(400, HttpStatuses.of(e));
  }
}
