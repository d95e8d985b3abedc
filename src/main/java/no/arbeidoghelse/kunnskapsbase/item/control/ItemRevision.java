package no.arbeidoghelse.kunnskapsbase.item.control;

import java.time.Instant;

/**
 * A change of an item, fired inside the transaction that made it (synchronous CDI event), so a
 * satellite that keeps it (the history) commits or rolls back with the change itself. {@code
 * snapshot} is the whole record as JSON, as an editor sees it.
 */
public record ItemRevision(
    String itemId,
    String action,
    String actor,
    Instant at,
    String state,
    String comment,
    String snapshot) {}
