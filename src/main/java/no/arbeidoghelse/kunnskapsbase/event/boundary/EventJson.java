package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.platform.rest.NonBlankEntries;

/**
 * An event as JSON. {@code organiserIds}: the first organises, the others co-organise; {@code
 * capacity} absent means no limit; sessions are in Norwegian local time. Presentations are the
 * event's documents ({@code /documents}); sign-ups are its registrations.
 */
public class EventJson extends ItemJson {

  @Size(max = 200)
  public String seriesName;

  @NotNull public LocalDate startDate;

  /** The last day; the start date when absent. */
  public LocalDate endDate;

  @Size(max = 300)
  public String place;

  @Size(max = 1000)
  @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
  public String onlineUrl;

  @Size(max = 2000)
  public String audience;

  @Min(1)
  @Max(100_000)
  public Integer capacity;

  @Size(max = 20)
  @NonBlankEntries(maxLength = 36)
  public List<String> organiserIds;

  @Size(max = 200)
  @Valid
  public List<SessionJson> sessions;

  /** One session of the programme. */
  public record SessionJson(
      @NotNull LocalDateTime start,
      LocalDateTime end,
      @NotBlank @Size(max = 500) String title,
      @Size(max = 20) @Valid List<SpeakerJson> speakers,
      @Size(max = 50) @NonBlankEntries(maxLength = 36) List<String> itemIds) {}

  /** A speaker: a name, and where known the registered person and their organisation. */
  public record SpeakerJson(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 36) String personId,
      @Size(max = 36) String organisationId) {}
}
