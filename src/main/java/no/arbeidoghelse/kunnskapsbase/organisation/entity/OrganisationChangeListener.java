package no.arbeidoghelse.kunnskapsbase.organisation.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/** Announces every new or changed organisation (a rename, a new short name) as an event. */
public class OrganisationChangeListener {

  @Inject Event<OrganisationChanged> changed;

  @PostPersist
  @PostUpdate
  void written(Organisation organisation) {
    if (changed != null) {
      changed.fire(new OrganisationChanged(organisation.id()));
    }
  }
}
