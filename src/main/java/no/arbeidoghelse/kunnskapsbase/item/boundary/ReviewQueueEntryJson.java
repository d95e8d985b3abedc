package no.arbeidoghelse.kunnskapsbase.item.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;

/** A record waiting for review, as the editor's queue lists it. */
public record ReviewQueueEntryJson(
    String id, String type, String title, String owner, Instant submittedAt, String url) {

  static ReviewQueueEntryJson of(Item item) {
    return new ReviewQueueEntryJson(
        item.id(),
        item.type().key(),
        item.title(),
        item.owner(),
        item.submittedAt(),
        item.type().path(item.id()));
  }
}
