package no.arbeidoghelse.kunnskapsbase.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/**
 * A network of organisations (the core network of ARR institutions, the Nordic network); its
 * summary says its purpose. A sub-group (the core group) names the network it belongs to. Members
 * are {@link NetworkMembership}s, kept with their periods.
 */
@Entity
@Table(name = "network")
@DiscriminatorValue("network")
public class Network extends Item {

  @Column(name = "since_year")
  private Integer sinceYear;

  @Column(name = "coordinator_id", length = 36)
  private String coordinatorId;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  protected Network() {}

  public Network(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public Integer sinceYear() {
    return sinceYear;
  }

  public String coordinatorId() {
    return coordinatorId;
  }

  public String parentId() {
    return parentId;
  }

  public void organise(Integer sinceYear, String coordinatorId, String parentId) {
    this.sinceYear = sinceYear;
    this.coordinatorId = coordinatorId;
    this.parentId = parentId;
  }

  @Override
  public Set<String> referencedOrganisationIds() {
    Set<String> ids = super.referencedOrganisationIds();
    if (coordinatorId != null) {
      ids.add(coordinatorId);
    }
    return ids;
  }
}
