package no.arbeidoghelse.kunnskapsbase.person.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.organisation.control.ProfileEntry;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * A person with their work across the registry, read in one transaction: the records that name them
 * as a registered person (with their role) and their network memberships, as the caller may see
 * them.
 */
@ApplicationScoped
@Transactional
public class PersonProfiles {

  @Inject DirectoryOperations operations;
  @Inject PersonMapper people;
  @Inject ItemKinds kinds;
  @Inject ItemService items;
  @PersistenceContext EntityManager em;

  public PersonProfiles() {}

  /** Outside the container (tests). */
  public PersonProfiles(
      DirectoryOperations operations,
      PersonMapper people,
      ItemKinds kinds,
      ItemService items,
      EntityManager em) {
    this.operations = operations;
    this.people = people;
    this.kinds = kinds;
    this.items = items;
    this.em = em;
  }

  public PersonJson read(String id, Caller caller) {
    PersonJson person = operations.read(people, id, caller);
    @SuppressWarnings("unchecked")
    List<Object[]> roles =
        em.createNativeQuery(
                "SELECT item_id, role, CAST(NULL AS DATE), CAST(NULL AS DATE) FROM item_person"
                    + " WHERE person_id = ?1"
                    + " UNION ALL SELECT network_id, role, valid_from, valid_to"
                    + " FROM network_membership WHERE person_id = ?1")
            .setParameter(1, person.id())
            .getResultList();
    Map<String, Item> visible =
        items.visible(roles.stream().map(row -> (String) row[0]).toList(), caller);
    List<ProfileEntry> records = new ArrayList<>();
    List<ProfileEntry> networks = new ArrayList<>();
    for (Object[] row : roles) {
      Item item = visible.get((String) row[0]);
      if (item == null) {
        continue;
      }
      var entry =
          new ProfileEntry(
              item.id(),
              item.kind(),
              item.title(),
              kinds.path(item),
              (String) row[1],
              ProfileEntry.date(row[2]),
              ProfileEntry.date(row[3]));
      (row[2] == null ? records : networks).add(entry);
    }
    records.sort(Comparator.comparing(ProfileEntry::title));
    networks.sort(Comparator.comparing(ProfileEntry::title));
    return person.withWork(records, networks);
  }
}
