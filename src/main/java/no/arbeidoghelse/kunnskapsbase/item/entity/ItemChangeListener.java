package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Announces every write of an item or of a part of it that is searched as an {@link ItemChanged}
 * event, whichever code path wrote it. The container injects the event; outside it (tests on plain
 * JPA) nothing is announced, as nothing listens there.
 */
public class ItemChangeListener {

  @Inject Event<ItemChanged> changed;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(PartOfItem part) {
    if (changed != null && part.isSearched()) {
      changed.fire(new ItemChanged(part.itemId()));
    }
  }
}
