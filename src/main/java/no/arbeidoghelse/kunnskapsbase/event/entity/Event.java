package no.arbeidoghelse.kunnskapsbase.event.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/**
 * One occurrence of an event (Åpen arena 2024, the Nordic conference 2025): dates, place, who
 * organises it (the first organiser leads, the others co-organise), whom it is for, how many may
 * come, and its programme. Presentations are the event's documents.
 */
@Entity
@Table(name = "event")
@DiscriminatorValue("event")
public class Event extends Item {

  @Column(name = "series_name", length = 200)
  private String seriesName;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(length = 300)
  private String place;

  @Column(name = "online_url", length = 1000)
  private String onlineUrl;

  @Column(length = 2000)
  private String audience;

  /** Seats; null: no limit. */
  private Integer capacity;

  @ElementCollection
  @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  @Column(name = "organisation_id")
  private List<String> organiserIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_session", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<EventSession> sessions = new ArrayList<>();

  /** The speakers' organisations and people as last set, for the reference check. */
  @Transient private Set<String> speakerOrganisationIds = Set.of();

  @Transient private Set<String> speakerPersonIds = Set.of();

  protected Event() {}

  public Event(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public String seriesName() {
    return seriesName;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public String place() {
    return place;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public String audience() {
    return audience;
  }

  public Integer capacity() {
    return capacity;
  }

  public List<String> organiserIds() {
    return organiserIds;
  }

  public List<EventSession> sessions() {
    return sessions;
  }

  public void schedule(
      String seriesName,
      LocalDate startDate,
      LocalDate endDate,
      String place,
      String onlineUrl,
      String audience,
      Integer capacity) {
    this.seriesName = seriesName;
    this.startDate = startDate;
    this.endDate = endDate;
    this.place = place;
    this.onlineUrl = onlineUrl;
    this.audience = audience;
    this.capacity = capacity;
  }

  public void setOrganiserIds(Collection<String> ids) {
    organiserIds.clear();
    organiserIds.addAll(ids);
  }

  /** The programme; the records its sessions present become the event's linked records. */
  public void setSessions(
      Collection<EventSession> programme,
      Set<String> speakerOrganisationIds,
      Set<String> speakerPersonIds) {
    this.speakerOrganisationIds = Set.copyOf(speakerOrganisationIds);
    this.speakerPersonIds = Set.copyOf(speakerPersonIds);
    sessions.clear();
    sessions.addAll(programme);
    setRelatedItemIds(
        programme.stream().flatMap(session -> session.itemIds().stream()).distinct().toList());
  }

  @Override
  public Set<String> referencedOrganisationIds() {
    Set<String> ids = super.referencedOrganisationIds();
    ids.addAll(organiserIds);
    ids.addAll(speakerOrganisationIds);
    return ids;
  }

  @Override
  public Set<String> referencedPersonIds() {
    Set<String> ids = super.referencedPersonIds();
    ids.addAll(speakerPersonIds);
    return ids;
  }
}
