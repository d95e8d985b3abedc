package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What projects, publications and practice reports have in common: titles and summaries,
 * classification, the organisations and people involved, and the editorial state. Items are never
 * deleted; withdrawing keeps them restorable.
 */
@Entity
@EntityListeners(ItemChangeListener.class)
@Table(name = "item")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "item_type", length = 20)
public abstract class Item extends TrackedEntity implements PartOfItem {

  @Override
  public String itemId() {
    return id();
  }

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "title_en", length = 500)
  private String titleEn;

  @Lob private String summary;

  @Lob
  @Column(name = "summary_en")
  private String summaryEn;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = 20)
  private ItemState state;

  @Column(name = "state_before_withdrawal", length = 20)
  private ItemState stateBeforeWithdrawal;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** Accounts besides the owner who may change the item. */
  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "item_co_owner", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "username")
  private Set<String> coOwners = new TreeSet<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @OrderBy
  @CollectionTable(name = "item_sector", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "term")
  private Set<String> sectors = new LinkedHashSet<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @OrderBy
  @CollectionTable(name = "item_level_of_care", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "term")
  private Set<String> levelsOfCare = new LinkedHashSet<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @OrderBy
  @CollectionTable(name = "item_topic", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "term")
  private Set<String> topics = new LinkedHashSet<>();

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "item_keyword", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  @Column(name = "keyword")
  private List<String> keywords = new ArrayList<>();

  // No @BatchFetch on collections of embeddables: EclipseLink then fails to read their fields
  // back at commit (EclipseLink-69).
  @ElementCollection
  @CollectionTable(name = "item_organisation", joinColumns = @JoinColumn(name = "item_id"))
  private Set<OrganisationRole> organisations = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "item_person", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<PersonRole> people = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "item_external_id", joinColumns = @JoinColumn(name = "item_id"))
  private Set<ExternalId> externalIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "item_link", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<Link> links = new ArrayList<>();

  /** Items this item names (a publication its projects, a practice report its sources). */
  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @OrderBy
  @CollectionTable(name = "item_relation", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "related_item_id")
  private Set<String> relatedItemIds = new LinkedHashSet<>();

  protected Item() {}

  protected Item(String id, String owner, ItemState state, Instant now) {
    super(id, owner, now);
    this.state = state;
  }

  /** The key of the record's kind: its entity's discriminator value ({@code practice-report}). */
  public String kind() {
    return kindOf(getClass());
  }

  /** The kind key of an entity class: the {@code @DiscriminatorValue} it is stored under. */
  public static String kindOf(Class<? extends Item> entityClass) {
    DiscriminatorValue value = entityClass.getAnnotation(DiscriminatorValue.class);
    if (value == null) {
      throw new IllegalStateException(entityClass + " names no @DiscriminatorValue");
    }
    return value.value();
  }

  public String title() {
    return title;
  }

  public String titleEn() {
    return titleEn;
  }

  public String summary() {
    return summary;
  }

  public String summaryEn() {
    return summaryEn;
  }

  public String language() {
    return language;
  }

  public ItemState state() {
    return state;
  }

  public Set<String> sectors() {
    return sectors;
  }

  public Set<String> levelsOfCare() {
    return levelsOfCare;
  }

  public Set<String> topics() {
    return topics;
  }

  public List<String> keywords() {
    return keywords;
  }

  public Set<OrganisationRole> organisations() {
    return organisations;
  }

  public List<PersonRole> people() {
    return people;
  }

  public Set<ExternalId> externalIds() {
    return externalIds;
  }

  public List<Link> links() {
    return links;
  }

  /** Every organisation the item refers to; a kind may refer to more (a project's funders). */
  public Set<String> referencedOrganisationIds() {
    Set<String> ids = new java.util.HashSet<>();
    organisations.forEach(role -> ids.add(role.organisationId()));
    return ids;
  }

  /** Every registered person the item refers to; a kind may refer to more (speakers). */
  public Set<String> referencedPersonIds() {
    Set<String> ids = new java.util.HashSet<>();
    people.stream().map(PersonRole::personId).filter(id -> id != null).forEach(ids::add);
    return ids;
  }

  public Set<String> relatedItemIds() {
    return relatedItemIds;
  }

  public void describe(
      String title, String titleEn, String summary, String summaryEn, String language) {
    this.title = title;
    this.titleEn = titleEn;
    this.summary = summary;
    this.summaryEn = summaryEn;
    this.language = language;
  }

  public void classify(
      Collection<String> sectors, Collection<String> levelsOfCare, Collection<String> topics) {
    replace(this.sectors, sectors);
    replace(this.levelsOfCare, levelsOfCare);
    replace(this.topics, topics);
  }

  public void setKeywords(Collection<String> keywords) {
    replace(this.keywords, keywords);
  }

  public void setOrganisations(Collection<OrganisationRole> organisations) {
    replace(this.organisations, organisations);
  }

  public void setPeople(Collection<PersonRole> people) {
    replace(this.people, people);
  }

  public void setExternalIds(Collection<ExternalId> externalIds) {
    replace(this.externalIds, externalIds);
  }

  public void setLinks(Collection<Link> links) {
    replace(this.links, links);
  }

  public void setRelatedItemIds(Collection<String> ids) {
    replace(this.relatedItemIds, ids);
  }

  public boolean isWithdrawn() {
    return state == ItemState.WITHDRAWN;
  }

  public ItemState stateBeforeWithdrawal() {
    return stateBeforeWithdrawal;
  }

  /** When the item was last submitted for review, or null. */
  public Instant submittedAt() {
    return submittedAt;
  }

  public Set<String> coOwners() {
    return coOwners;
  }

  public void setCoOwners(Collection<String> usernames) {
    replace(this.coOwners, usernames);
  }

  /** The owner or a co-owner. */
  public boolean isOwnedBy(String username) {
    return username != null && (username.equals(owner()) || coOwners.contains(username));
  }

  /**
   * Takes a workflow action; the caller has checked that it is allowed from the current state.
   * Withdrawing remembers the state, so restoring brings the item back to it.
   */
  public void take(WorkflowAction action, Instant now) {
    if (!action.allowedFrom(state)) {
      throw new IllegalStateException(action + " from " + state);
    }
    switch (action) {
      case SUBMIT -> {
        state = ItemState.IN_REVIEW;
        submittedAt = now;
      }
      case PUBLISH -> state = ItemState.PUBLISHED;
      case RETURN, UNPUBLISH -> state = ItemState.DRAFT;
      case WITHDRAW -> {
        stateBeforeWithdrawal = state;
        state = ItemState.WITHDRAWN;
      }
      case RESTORE -> {
        state = stateBeforeWithdrawal == null ? ItemState.DRAFT : stateBeforeWithdrawal;
        stateBeforeWithdrawal = null;
      }
    }
    touch(now);
  }

  /** Replaces contents without replacing the collection, which JPA tracks. */
  private static <T> void replace(Collection<T> target, Collection<T> source) {
    target.clear();
    if (source != null) {
      target.addAll(source);
    }
  }
}
