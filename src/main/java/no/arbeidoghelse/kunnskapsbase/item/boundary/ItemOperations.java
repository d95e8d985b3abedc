package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKind;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemRevision;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.ExternalId;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.item.entity.Link;
import no.arbeidoghelse.kunnskapsbase.item.entity.OrganisationRole;
import no.arbeidoghelse.kunnskapsbase.item.entity.PersonRole;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * The operations every item type offers, each one transaction: the item resources and the sample
 * loader both go through here, so sample content obeys the same rules as the API.
 */
@ApplicationScoped
@Transactional
public class ItemOperations {

  static final int MAX_COMMENT = 2000;

  /** Sees every field and link, so history snapshots are complete. */
  private static final Caller HISTORY_VIEW = new Caller("history", Set.of(Caller.Role.EDITOR));

  @Inject ItemService items;
  @Inject Validator validator;
  private Consumer<ItemRevision> revisions;

  public ItemOperations() {}

  /** Outside the container (tests): {@code revisions} gets what would be fired as events. */
  public ItemOperations(ItemService items, Consumer<ItemRevision> revisions, Validator validator) {
    this.items = items;
    this.revisions = revisions;
    this.validator = validator;
  }

  @Inject
  void revisions(Event<ItemRevision> events) {
    this.revisions = events::fire;
  }

  public <E extends Item, J extends ItemJson> J create(
      ItemMapper<E, J> mapper, J json, Caller caller) {
    return create(mapper, json, caller, UUID.randomUUID().toString());
  }

  /** Creates with a chosen id (the sample loader's stable ids). */
  public <E extends Item, J extends ItemJson> J create(
      ItemMapper<E, J> mapper, J json, Caller caller, String id) {
    if (json != null) {
      mapper.prepare(json);
    }
    RequestValidation.requireValid(validator, json);
    ItemState state = items.initialState(json.state, caller);
    E item = mapper.newEntity(id, caller.username(), state, items.now());
    applyCommon(json, item);
    mapper.apply(json, item);
    items.create(item, caller);
    record(mapper, item, "created", null, caller);
    return toJson(mapper, item, caller);
  }

  public <E extends Item, J extends ItemJson> J read(
      ItemMapper<E, J> mapper, String id, Caller caller) {
    return toJson(mapper, items.findVisible(mapper.entityClass(), id, caller), caller);
  }

  public <E extends Item, J extends ItemJson> J update(
      ItemMapper<E, J> mapper, String id, J json, String ifMatch, Caller caller) {
    if (json != null) {
      mapper.prepare(json);
    }
    RequestValidation.requireValid(validator, json);
    E item = items.findEditable(mapper.entityClass(), id, caller);
    Versions.requireMatch(ifMatch, item.version());
    if (json.id != null && !json.id.equals(id)) {
      throw ApiException.invalidField("id", "'" + json.id + "' does not match the id in the URL");
    }
    if (json.state != null && !json.state.equals(item.state().key())) {
      throw ApiException.conflict(
          "The state cannot be changed by PUT (it is "
              + item.state().key()
              + "); use the workflow actions or DELETE to withdraw.");
    }
    Set<String> linkedBefore = Set.copyOf(item.relatedItemIds());
    applyCommon(json, item);
    mapper.apply(json, item);
    items.update(item, caller, linkedBefore);
    record(mapper, item, "updated", null, caller);
    return toJson(mapper, item, caller);
  }

  /**
   * A workflow action (submit, publish, return, unpublish, withdraw, restore). Returning a record
   * to its owner needs a comment saying why; the other actions take one optionally.
   */
  public <E extends Item, J extends ItemJson> J take(
      ItemMapper<E, J> mapper,
      String id,
      WorkflowAction action,
      String comment,
      String ifMatch,
      Caller caller) {
    E item = items.findEditable(mapper.entityClass(), id, caller);
    if (ifMatch != null) {
      Versions.requireMatch(ifMatch, item.version());
    }
    String note = blankToNull(comment);
    if (action == WorkflowAction.RETURN && note == null) {
      throw ApiException.invalidField("comment", "say what the owner should change");
    }
    if (note != null && note.length() > MAX_COMMENT) {
      throw ApiException.invalidField(
          "comment", "at most " + MAX_COMMENT + " characters, not " + note.length());
    }
    items.take(item, action, caller);
    record(mapper, item, action.pastTense(), note, caller);
    return toJson(mapper, item, caller);
  }

  public <E extends Item, J extends ItemJson> J addCoOwner(
      ItemMapper<E, J> mapper, String id, String username, Caller caller) {
    E item = items.findEditable(mapper.entityClass(), id, caller);
    items.addCoOwner(item, username, caller);
    record(mapper, item, "updated", null, caller);
    return toJson(mapper, item, caller);
  }

  public <E extends Item, J extends ItemJson> J removeCoOwner(
      ItemMapper<E, J> mapper, String id, String username, Caller caller) {
    E item = items.findEditable(mapper.entityClass(), id, caller);
    items.removeCoOwner(item, username, caller);
    record(mapper, item, "updated", null, caller);
    return toJson(mapper, item, caller);
  }

  /** Checks that the caller may see the record: 404 otherwise. */
  public void requireVisible(ItemKind<?> kind, String id, Caller caller) {
    items.findVisible(kind.entityClass(), id, caller);
  }

  /**
   * Checks that the caller may change the record: 404 if they cannot see it, 403 if only see it.
   */
  public void requireEditable(ItemKind<?> kind, String id, Caller caller) {
    items.findEditable(kind.entityClass(), id, caller);
  }

  /**
   * Brings back the fields of an earlier version (an editor's undo); the editorial state stays as
   * it is, and the restoring is itself a new version. {@code snapshots} gives the record as it was
   * at a version (as JSON), asked only once the caller's rights are checked.
   */
  public <E extends Item, J extends ItemJson> J revert(
      ItemMapper<E, J> mapper,
      String id,
      int version,
      IntFunction<String> snapshots,
      String ifMatch,
      Caller caller) {
    E item = items.findEditable(mapper.entityClass(), id, caller);
    if (!caller.isEditor()) {
      throw ApiException.forbidden("Only an editor may restore an earlier version.");
    }
    if (ifMatch != null) {
      Versions.requireMatch(ifMatch, item.version());
    }
    J earlier = JsonbConfiguration.jsonb().fromJson(snapshots.apply(version), mapper.jsonClass());
    Set<String> linkedBefore = Set.copyOf(item.relatedItemIds());
    applyCommon(earlier, item);
    mapper.apply(earlier, item);
    items.update(item, caller, linkedBefore);
    record(mapper, item, "reverted", "Restored version " + version + ".", caller);
    return toJson(mapper, item, caller);
  }

  /** The item as its owners and editors see it, for changing it (403/404 for others). */
  public <E extends Item, J extends ItemJson> J readEditable(
      ItemMapper<E, J> mapper, String id, Caller caller) {
    return toJson(mapper, items.findEditable(mapper.entityClass(), id, caller), caller);
  }

  /** The caller's own and co-owned records in every state, the latest changed first. */
  public Page<ReviewQueueEntryJson> owned(PageRequest page, Caller caller) {
    return items.owned(caller, page).map(item -> ReviewQueueEntryJson.of(item, items.kinds()));
  }

  /** Items waiting for an editor, the longest-waiting first. */
  public Page<ReviewQueueEntryJson> reviewQueue(PageRequest page, Caller caller) {
    caller.requireAuthenticated();
    if (!caller.isEditor()) {
      throw ApiException.forbidden("Only editors see the review queue.");
    }
    return items.reviewQueue(page).map(item -> ReviewQueueEntryJson.of(item, items.kinds()));
  }

  private <E extends Item, J extends ItemJson> void record(
      ItemMapper<E, J> mapper, E item, String action, String comment, Caller caller) {
    J json = toJson(mapper, item, HISTORY_VIEW);
    revisions.accept(
        new ItemRevision(
            item.id(),
            action,
            caller.username(),
            item.updatedAt(),
            item.state().key(),
            comment,
            JsonbConfiguration.jsonb().toJson(json)));
  }

  public <E extends Item, J extends ItemJson> Page<J> list(
      ItemMapper<E, J> mapper, Caller caller, PageRequest page, String state) {
    ItemState filter = null;
    if (state != null && !state.isBlank()) {
      try {
        filter = ItemState.fromKey(state.trim());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(
            "Query parameter 'state' must be one of draft, in-review, published, withdrawn; not '"
                + state
                + "'.");
      }
    }
    Page<E> found = items.list(mapper.entityClass(), caller, page, filter);
    var relations = items.relations(found.items(), caller);
    return found.map(item -> toJson(mapper, item, relations.get(item.id()), caller));
  }

  private static void applyCommon(ItemJson json, Item item) {
    item.describe(
        json.title.strip(),
        blankToNull(json.titleEn),
        blankToNull(json.summary),
        blankToNull(json.summaryEn),
        json.language == null ? "nb" : json.language);
    item.classify(orEmpty(json.sectors), orEmpty(json.levelsOfCare), orEmpty(json.topics));
    item.setKeywords(orEmpty(json.keywords).stream().map(String::strip).distinct().toList());
    item.setOrganisations(
        orEmpty(json.organisations).stream()
            .map(o -> new OrganisationRole(o.id(), o.role()))
            .distinct()
            .toList());
    item.setPeople(
        orEmpty(json.people).stream()
            .map(p -> new PersonRole(blankToNull(p.personId()), p.name().strip(), p.role()))
            .toList());
    item.setExternalIds(
        orEmpty(json.externalIds).stream()
            .map(e -> new ExternalId(e.scheme(), e.value().strip()))
            .distinct()
            .toList());
    item.setLinks(
        orEmpty(json.links).stream().map(l -> new Link(l.url(), blankToNull(l.label()))).toList());
  }

  private <E extends Item, J extends ItemJson> J toJson(
      ItemMapper<E, J> mapper, E item, Caller caller) {
    return toJson(mapper, item, items.relations(List.of(item), caller).get(item.id()), caller);
  }

  private <E extends Item, J extends ItemJson> J toJson(
      ItemMapper<E, J> mapper, E item, Map<String, List<String>> related, Caller caller) {
    J json = mapper.toJson(item);
    json.id = item.id();
    json.type = item.kind();
    json.title = item.title();
    json.titleEn = item.titleEn();
    json.summary = item.summary();
    json.summaryEn = item.summaryEn();
    json.language = item.language();
    json.sectors = List.copyOf(item.sectors());
    json.levelsOfCare = List.copyOf(item.levelsOfCare());
    json.topics = List.copyOf(item.topics());
    json.keywords = List.copyOf(item.keywords());
    json.organisations =
        item.organisations().stream()
            .map(o -> new ItemJson.OrganisationRoleJson(o.organisationId(), o.role()))
            .sorted(
                Comparator.comparing(ItemJson.OrganisationRoleJson::role)
                    .thenComparing(ItemJson.OrganisationRoleJson::id))
            .toList();
    json.people =
        item.people().stream()
            .map(p -> new ItemJson.PersonRoleJson(p.personId(), p.name(), p.role()))
            .toList();
    json.externalIds =
        item.externalIds().stream()
            .map(e -> new ItemJson.ExternalIdJson(e.scheme(), e.value()))
            .sorted(
                Comparator.comparing(ItemJson.ExternalIdJson::scheme)
                    .thenComparing(ItemJson.ExternalIdJson::value))
            .toList();
    json.links = item.links().stream().map(l -> new ItemJson.LinkJson(l.url(), l.label())).toList();
    items.kinds().all().forEach(kind -> json.relate(kind.relationField(), related.get(kind.key())));
    json.state = item.state().key();
    boolean mayEdit = ItemService.canEdit(item, caller);
    json.owner = mayEdit ? item.owner() : null;
    json.coOwners = mayEdit ? List.copyOf(item.coOwners()) : null;
    json.submittedAt = mayEdit ? item.submittedAt() : null;
    json.createdAt = item.createdAt();
    json.updatedAt = item.updatedAt();
    json.version = item.version();
    json.url = mapper.path(item.id());
    return json;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
