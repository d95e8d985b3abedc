package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The satellites attached to records: every {@link ItemSatellite} bean. */
@ApplicationScoped
public class ItemSatellites {

  private List<ItemSatellite> satellites = List.of();

  public ItemSatellites() {}

  /** Outside the container (tests). */
  public ItemSatellites(Collection<? extends ItemSatellite> satellites) {
    this.satellites = List.copyOf(satellites);
  }

  @Inject
  void discover(@Any Instance<ItemSatellite> beans) {
    List<ItemSatellite> found = new ArrayList<>();
    beans.forEach(found::add);
    this.satellites = List.copyOf(found);
  }

  public Optional<ItemSatellite> at(String segment) {
    return satellites.stream().filter(s -> s.segment().equals(segment)).findFirst();
  }
}
