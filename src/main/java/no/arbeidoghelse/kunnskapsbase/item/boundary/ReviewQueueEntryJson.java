package no.arbeidoghelse.kunnskapsbase.item.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;

/** A record in a list of work: the editors' review queue, or a researcher's own records. */
public record ReviewQueueEntryJson(
    String id,
    String type,
    String title,
    String owner,
    String state,
    Instant submittedAt,
    Instant updatedAt,
    String url) {

  static ReviewQueueEntryJson of(Item item) {
    return new ReviewQueueEntryJson(
        item.id(),
        item.type().key(),
        item.title(),
        item.owner(),
        item.state().key(),
        item.submittedAt(),
        item.updatedAt(),
        item.type().path(item.id()));
  }
}
