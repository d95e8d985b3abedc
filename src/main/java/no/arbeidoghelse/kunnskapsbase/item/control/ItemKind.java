package no.arbeidoghelse.kunnskapsbase.item.control;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/**
 * A kind of record (project, publication, practice report, ...) as the item core sees it. Each kind
 * is a CDI bean in its own package; {@link ItemKinds} finds them all, so the core names none. The
 * kind's key is its entity's discriminator value.
 */
public interface ItemKind<E extends Item> {

  Class<E> entityClass();

  E newEntity(String id, String owner, ItemState state, Instant now);

  /** The API collection ({@code practice-reports}): {@code /api/v1/{collection}/{id}}. */
  String collection();

  /** The pages' address segment, in Norwegian ({@code erfaringsrapporter}). */
  String pageSegment();

  /** The kind in a sentence ("practice report"). */
  String displayName();

  /** The JSON field that lists records of this kind linked to or from another record. */
  String relationField();

  default String key() {
    return Item.kindOf(entityClass());
  }

  /** The API address of a record of this kind. */
  default String path(String id) {
    return "/api/v1/" + collection() + "/" + id;
  }
}
