package no.arbeidoghelse.kunnskapsbase.item.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.account.entity.Account;
import no.arbeidoghelse.kunnskapsbase.account.entity.Usernames;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * The life of items in the database: who may see and change them, creating, changing, withdrawing
 * and restoring, listing, and the links between items. Callers start the transaction.
 */
@ApplicationScoped
public class ItemService {

  @PersistenceContext EntityManager em;
  @Inject ItemReferences references;
  @Inject ItemKinds kinds;
  Clock clock = Clock.systemUTC();

  public ItemService() {}

  /** For use outside the container (tests). */
  public ItemService(EntityManager em, ItemReferences references, ItemKinds kinds) {
    this.em = em;
    this.references = references;
    this.kinds = kinds;
  }

  public ItemKinds kinds() {
    return kinds;
  }

  /** Now, to the millisecond the database keeps, so an answer shows what a later read shows. */
  public Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /**
   * The state a new item starts in. Researchers' items start as drafts (review comes later);
   * editors and administrators publish directly unless they ask for another state.
   */
  public ItemState initialState(String requested, Caller caller) {
    caller.requireAuthenticated();
    ItemState state;
    try {
      state = requested == null ? null : ItemState.fromKey(requested);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(
          "state",
          "must be one of draft, in-review, published, withdrawn; not '" + requested + "'");
    }
    if (caller.isEditor()) {
      return state == null ? ItemState.PUBLISHED : state;
    }
    if (state != null && state != ItemState.DRAFT) {
      throw DomainException.notAllowed(
          "A researcher's new item starts as a draft; submit it for review to have it published.");
    }
    return ItemState.DRAFT;
  }

  public boolean exists(String id) {
    return em.find(Item.class, id) != null;
  }

  public <E extends Item> E create(E item, Caller caller) {
    references.check(item, caller, Set.of());
    em.persist(item);
    em.flush();
    return item;
  }

  /** The item if the caller may see it; 404 otherwise, as if it did not exist. */
  public <E extends Item> E findVisible(Class<E> type, String id, Caller caller) {
    E item = em.find(type, id);
    if (item == null || !canSee(item, caller)) {
      throw DomainException.notFound("No " + typeName(type) + " with id '" + id + "'.");
    }
    return item;
  }

  /** The item if the caller may change it: 404 if they cannot see it, 403 if only see it. */
  public <E extends Item> E findEditable(Class<E> type, String id, Caller caller) {
    caller.requireAuthenticated();
    E item = findVisible(type, id, caller);
    if (!canEdit(item, caller)) {
      throw DomainException.notAllowed(
          "Only the owner of this " + typeName(type) + " or an editor may change it.");
    }
    return item;
  }

  /**
   * Checks the changed item and writes it; the version check happens at flush. {@code linkedBefore}
   * are the records it linked before the change (see {@link ItemReferences}). The timestamp is set
   * before the checks, whose queries flush pending changes: one change, one new version.
   */
  public <E extends Item> E update(E item, Caller caller, Set<String> linkedBefore) {
    item.touch(now());
    references.check(item, caller, linkedBefore);
    em.flush();
    return item;
  }

  /**
   * Takes a workflow action for the caller: 403 when the caller may not take it, 409 when the
   * item's state does not allow it (the caller's rights are checked first, so a researcher learns
   * nothing about states they could not change anyway).
   */
  public void take(Item item, WorkflowAction action, Caller caller) {
    if (action.needsEditor(item.state(), item.stateBeforeWithdrawal()) && !caller.isEditor()) {
      throw DomainException.notAllowed(
          "Only an editor may "
              + action.key()
              + " this "
              + typeName(item.getClass())
              + (action == WorkflowAction.WITHDRAW || action == WorkflowAction.RESTORE
                  ? " (it is or was published)."
                  : "."));
    }
    if (!action.allowedFrom(item.state())) {
      String what = typeName(item.getClass());
      throw DomainException.conflict(
          action.leadsTo() == item.state()
              ? "The " + what + " is already " + item.state().key() + "."
              : "Cannot "
                  + action.key()
                  + " a "
                  + what
                  + " that is "
                  + item.state().key()
                  + "; allowed from: "
                  + action.from().stream()
                      .map(ItemState::key)
                      .sorted()
                      .collect(java.util.stream.Collectors.joining(", "))
                  + ".");
    }
    item.take(action, now());
    em.flush();
  }

  /** Adds a co-owner (by the owner or an editor); the account must exist. */
  public void addCoOwner(Item item, String given, Caller caller) {
    requireOwnerOrEditor(item, caller);
    String username =
        Usernames.canonical(given)
            .filter(name -> em.find(Account.class, name) != null)
            .orElseThrow(
                () -> DomainException.invalidField("username", "no account named '" + given + "'"));
    if (username.equals(item.owner())) {
      throw DomainException.conflict("'" + username + "' already owns this item.");
    }
    var coOwners = new java.util.TreeSet<>(item.coOwners());
    coOwners.add(username);
    item.setCoOwners(coOwners);
    item.touch(now());
    em.flush();
  }

  public void removeCoOwner(Item item, String given, Caller caller) {
    String username = Usernames.canonical(given).orElse(given);
    if (!username.equals(caller.username())) {
      requireOwnerOrEditor(item, caller);
    }
    if (!item.coOwners().contains(username)) {
      throw DomainException.notFound("'" + username + "' is not a co-owner of this item.");
    }
    var coOwners = new java.util.TreeSet<>(item.coOwners());
    coOwners.remove(username);
    item.setCoOwners(coOwners);
    item.touch(now());
    em.flush();
  }

  private static void requireOwnerOrEditor(Item item, Caller caller) {
    if (!caller.isEditor() && !caller.username().equals(item.owner())) {
      throw DomainException.notAllowed(
          "Only the owner or an editor may change who co-owns an item.");
    }
  }

  /**
   * Id and last change of the records of a type that anyone may read (for the sitemap), at most
   * {@code limit}.
   */
  public List<Object[]> published(Class<? extends Item> type, int limit) {
    ReadAccess anyone = ReadAccess.of(Caller.ANONYMOUS);
    var query =
        em.createQuery(
            "SELECT i.id, i.updatedAt FROM "
                + type.getSimpleName()
                + " i WHERE "
                + anyone.jpql("i")
                + " ORDER BY i.updatedAt DESC",
            Object[].class);
    anyone.bind(query);
    return query.setMaxResults(limit).getResultList();
  }

  /** The items the caller owns or co-owns, in every state, the latest changed first. */
  public Page<Item> owned(Caller caller, PageRequest page) {
    caller.requireAuthenticated();
    String where =
        " WHERE i.owner = :user OR i.id IN (SELECT j.id FROM Item j JOIN j.coOwners c WHERE c = :user)";
    long total =
        em.createQuery("SELECT COUNT(i) FROM Item i" + where, Long.class)
            .setParameter("user", caller.username())
            .getSingleResult();
    List<Item> items =
        em.createQuery(
                "SELECT i FROM Item i" + where + " ORDER BY i.updatedAt DESC, i.id", Item.class)
            .setParameter("user", caller.username())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }

  /** Items waiting for review, the longest-waiting first. */
  public Page<Item> reviewQueue(PageRequest page) {
    var count =
        em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.state = :state", Long.class)
            .setParameter("state", ItemState.IN_REVIEW);
    List<Item> items =
        em.createQuery(
                "SELECT i FROM Item i WHERE i.state = :state ORDER BY i.submittedAt, i.id",
                Item.class)
            .setParameter("state", ItemState.IN_REVIEW)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, count.getSingleResult(), page);
  }

  public static boolean canSee(Item item, Caller caller) {
    return ReadAccess.of(caller).allows(item);
  }

  public static boolean canEdit(Item item, Caller caller) {
    return caller.isEditor() || (caller.isAuthenticated() && item.isOwnedBy(caller.username()));
  }

  /**
   * One page of the items of a type that the caller may see, newest first (ties broken by id so
   * pages never overlap). Withdrawn items are listed only when asked for by state.
   */
  public <E extends Item> Page<E> list(
      Class<E> type, Caller caller, PageRequest page, ItemState state) {
    String entity = type.getSimpleName();
    ReadAccess access = ReadAccess.of(caller);
    String where =
        " WHERE "
            + access.jpql("i")
            + (state == null ? " AND i.state <> :withdrawn" : " AND i.state = :state");
    var count = em.createQuery("SELECT COUNT(i) FROM " + entity + " i" + where, Long.class);
    var select =
        em.createQuery(
            "SELECT i FROM " + entity + " i" + where + " ORDER BY i.createdAt DESC, i.id DESC",
            type);
    for (var query : List.of(count, select)) {
      access.bind(query);
      query.setParameter(
          state == null ? "withdrawn" : "state", state == null ? ItemState.WITHDRAWN : state);
    }
    List<E> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(items, count.getSingleResult(), page);
  }

  /**
   * For each item, the items linked to it in either direction that the caller may see, grouped by
   * type. One query for incoming links and one for the linked items, however many items.
   */
  public Map<String, Map<String, List<String>>> relations(
      Collection<? extends Item> items, Caller caller) {
    Map<String, Set<String>> linked = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Item item : items) {
      linked.put(item.id(), new LinkedHashSet<>(item.relatedItemIds()));
      ids.add(item.id());
    }
    if (!ids.isEmpty()) {
      List<Object[]> incoming =
          em.createQuery(
                  // ordered, so that every database lists a record's incoming links alike
                  "SELECT r, i.id FROM Item i JOIN i.relatedItemIds r WHERE r IN :ids"
                      + " ORDER BY i.id",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList();
      for (Object[] row : incoming) {
        linked.get((String) row[0]).add((String) row[1]);
      }
    }
    Set<String> all = new HashSet<>();
    linked.values().forEach(all::addAll);
    Map<String, Item> visible = visible(all, caller);
    Map<String, Map<String, List<String>>> result = new HashMap<>();
    linked.forEach(
        (id, related) -> {
          Map<String, List<String>> byKind = new HashMap<>();
          kinds.keys().forEach(kind -> byKind.put(kind, new ArrayList<>()));
          related.stream()
              .map(visible::get)
              .filter(item -> item != null)
              .forEach(item -> byKind.get(item.kind()).add(item.id()));
          result.put(id, byKind);
        });
    return result;
  }

  /**
   * The items with these ids that the caller may see and that are not withdrawn (what lists of
   * linked records and profiles show), by id; one query however many.
   */
  public Map<String, Item> visible(Collection<String> ids, Caller caller) {
    Map<String, Item> visible = new HashMap<>();
    if (!ids.isEmpty()) {
      em
          .createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
          .setParameter("ids", ids)
          .getResultList()
          .stream()
          .filter(item -> canSee(item, caller) && !item.isWithdrawn())
          .forEach(item -> visible.put(item.id(), item));
    }
    return visible;
  }

  /** How messages name a record of this class: its kind, or "item" when any kind will do. */
  private String typeName(Class<? extends Item> type) {
    return kinds.all().stream()
        .filter(kind -> kind.entityClass().equals(type))
        .findFirst()
        .map(ItemKind::displayName)
        .orElse("item");
  }
}
