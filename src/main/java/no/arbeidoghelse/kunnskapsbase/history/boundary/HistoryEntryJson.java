package no.arbeidoghelse.kunnskapsbase.history.boundary;

import jakarta.json.JsonArray;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.history.control.ItemHistory;
import no.arbeidoghelse.kunnskapsbase.history.entity.HistoryEntry;

/** One entry of an item's history as the API shows it (without the full snapshot). */
public record HistoryEntryJson(
    int version,
    String action,
    String actor,
    Instant at,
    String state,
    String comment,
    JsonArray changes) {

  public static HistoryEntryJson of(HistoryEntry entry) {
    return new HistoryEntryJson(
        entry.sequence(),
        entry.action(),
        entry.actor(),
        entry.changedAt(),
        entry.state(),
        entry.comment(),
        ItemHistory.parseArray(entry.changes()));
  }
}
