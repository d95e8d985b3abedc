package no.arbeidoghelse.kunnskapsbase.item.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;

/**
 * Checks that everything an item refers to exists: taxonomy keys in {@code index-config/},
 * organisations, people and linked items in the database. All problems are reported at once, each
 * naming the offending key or id.
 */
@ApplicationScoped
public class ItemReferences {

  @PersistenceContext EntityManager em;
  @Inject Taxonomy taxonomy;
  @Inject ItemKinds kinds;

  public ItemReferences() {}

  public ItemReferences(EntityManager em, Taxonomy taxonomy, ItemKinds kinds) {
    this.em = em;
    this.taxonomy = taxonomy;
    this.kinds = kinds;
  }

  /**
   * Checks what the item refers to, as the caller sees it: a linked record the caller may not see
   * is "no such item", exactly like one that does not exist (its existence and type stay hidden),
   * unless the item linked it already ({@code linkedBefore}: someone who could see it linked it).
   */
  public void check(Item item, Caller caller, Set<String> linkedBefore) {
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(taxonomy.unknownKeys(TaxonomyScheme.SECTOR, item.sectors()));
    errors.addAll(taxonomy.unknownKeys(TaxonomyScheme.LEVEL_OF_CARE, item.levelsOfCare()));
    errors.addAll(taxonomy.unknownKeys(TaxonomyScheme.TOPIC, item.topics()));
    missing("Organisation", item.referencedOrganisationIds())
        .forEach(
            id ->
                errors.add(
                    new FieldError("organisations", "no organisation with id '" + id + "'")));
    missing("Person", item.referencedPersonIds())
        .forEach(id -> errors.add(new FieldError("people", "no person with id '" + id + "'")));
    errors.addAll(unlinkable(item, caller, linkedBefore));
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  private Set<String> missing(String entity, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Set<String> missing = new HashSet<>(ids);
    missing.removeAll(
        em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.id IN :ids", String.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("ids", ids)
            .getResultList());
    return missing;
  }

  private List<FieldError> unlinkable(Item item, Caller caller, Set<String> linkedBefore) {
    Set<String> ids = item.relatedItemIds();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> allowed = kinds.linkableKinds(kinds.of(item));
    String field =
        allowed.stream()
            .map(kind -> kinds.byKey(kind).orElseThrow().relationField())
            .collect(Collectors.joining("/"));
    List<FieldError> errors = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (Item target :
        em.createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("ids", ids)
            .getResultList()) {
      if (!linkedBefore.contains(target.id()) && !ItemService.canSee(target, caller)) {
        continue;
      }
      found.add(target.id());
      if (!allowed.contains(target.kind()) || target.id().equals(item.id())) {
        errors.add(
            new FieldError(
                field,
                "'" + target.id() + "' is a " + target.kind() + ", which cannot be linked here"));
      }
    }
    ids.stream()
        .filter(id -> !found.contains(id))
        .forEach(id -> errors.add(new FieldError(field, "no item with id '" + id + "'")));
    return errors;
  }
}
