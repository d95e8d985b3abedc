package no.arbeidoghelse.kunnskapsbase.item.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/** What differs between item types: their entity, their own fields and their JSON. */
public interface ItemMapper<E extends Item, J extends ItemJson> {

  Class<E> entityClass();

  Class<J> jsonClass();

  E newEntity(String id, String owner, ItemState state, Instant now);

  /** Copies the type's own fields and the links it owns from a validated request body. */
  void apply(J json, E entity);

  /** A new JSON object with the type's own fields filled in. */
  J toJson(E entity);
}
