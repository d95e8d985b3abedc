package no.arbeidoghelse.kunnskapsbase.item.control;

import jakarta.persistence.Query;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Which records a caller may read, defined once: everyone the records in the public state
 * (published), signed-in callers also the records they own or co-own, editors and administrators
 * every record. The Java check ({@link #allows}), the database's condition ({@link #jpql}) and the
 * search index's query (search's {@code Visibility}) are each a translation of this record.
 *
 * @param everything the caller reads every record (editors, administrators)
 * @param publicState the state in which anyone may read a record
 * @param owner the account whose own and co-owned records the caller reads besides
 */
public record ReadAccess(boolean everything, ItemState publicState, Optional<String> owner) {

  public static ReadAccess of(Caller caller) {
    return new ReadAccess(
        caller.isEditor(),
        ItemState.PUBLISHED,
        caller.isAuthenticated() ? Optional.of(caller.username()) : Optional.empty());
  }

  public boolean allows(Item item) {
    return allows(item.state(), item::isOwnedBy);
  }

  /** Whether a record in {@code state}, owned or co-owned by whom {@code ownedBy} accepts. */
  public boolean allows(ItemState state, java.util.function.Predicate<String> ownedBy) {
    return everything || state == publicState || owner.map(ownedBy::test).orElse(false);
  }

  /**
   * The rule as a JPQL condition on the item {@code alias}; {@link #bind} sets its parameters. Co-
   * owners through a subquery: EclipseLink turns MEMBER OF into an inner join that drops every item
   * without co-owners.
   */
  public String jpql(String alias) {
    return "("
        + alias
        + ".state = :readableState OR :readsEverything = TRUE OR "
        + alias
        + ".owner = :reader OR "
        + alias
        + ".id IN (SELECT r.id FROM Item r JOIN r.coOwners o WHERE o = :reader))";
  }

  public void bind(Query query) {
    query.setParameter("readableState", publicState);
    query.setParameter("readsEverything", everything);
    query.setParameter("reader", owner.orElse(""));
  }
}
