package no.arbeidoghelse.kunnskapsbase.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One session of an event's programme, in Norwegian local time. Its speakers are kept as the JSON
 * the API gives them (name, person, organisation), their names also as text for search; the records
 * it presents as their ids.
 */
@Embeddable
public class EventSession {

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime start;

  @Column(name = "ends_at")
  private LocalDateTime end;

  @Column(nullable = false, length = 500)
  private String title;

  @Lob
  @Column(name = "speakers")
  private String speakersJson;

  @Column(name = "speaker_names", length = 4000)
  private String speakerNames;

  @Column(name = "item_ids", length = 4000)
  private String itemIds;

  protected EventSession() {}

  public EventSession(
      LocalDateTime start,
      LocalDateTime end,
      String title,
      String speakersJson,
      List<String> speakerNames,
      List<String> itemIds) {
    this.start = start;
    this.end = end;
    this.title = title;
    this.speakersJson = speakersJson;
    this.speakerNames = speakerNames.isEmpty() ? null : String.join("; ", speakerNames);
    this.itemIds = itemIds.isEmpty() ? null : String.join(" ", itemIds);
  }

  public LocalDateTime start() {
    return start;
  }

  public LocalDateTime end() {
    return end;
  }

  public String title() {
    return title;
  }

  public String speakersJson() {
    return speakersJson;
  }

  public List<String> itemIds() {
    return itemIds == null ? List.of() : Arrays.asList(itemIds.split(" "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventSession s
        && Objects.equals(start, s.start)
        && Objects.equals(end, s.end)
        && Objects.equals(title, s.title)
        && Objects.equals(speakersJson, s.speakersJson)
        && Objects.equals(itemIds, s.itemIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, title);
  }
}
