package no.arbeidoghelse.kunnskapsbase.item.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
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

  static ReviewQueueEntryJson of(Item item, ItemKinds kinds) {
    return new ReviewQueueEntryJson(
        item.id(),
        item.kind(),
        item.title(),
        item.owner(),
        item.state().key(),
        item.submittedAt(),
        item.updatedAt(),
        kinds.path(item));
  }
}
