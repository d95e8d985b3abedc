package no.arbeidoghelse.kunnskapsbase.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * What an organisation's profile lists: its sub-organisations and people, and the records that name
 * it (from the {@code organisation_reference} view of migration V11, grouped by how they name it),
 * each as the caller may see them.
 */
@ApplicationScoped
public class OrganisationProfile {

  /** The profile's lists. */
  public record Profile(
      List<ProfileEntry> subOrganisations,
      List<ProfileEntry> people,
      List<ProfileEntry> records,
      List<ProfileEntry> programmes,
      List<ProfileEntry> networks,
      List<ProfileEntry> events) {}

  @PersistenceContext EntityManager em;
  @Inject ItemKinds kinds;
  @Inject ItemService items;

  public OrganisationProfile() {}

  /** Outside the container (tests). */
  public OrganisationProfile(EntityManager em, ItemKinds kinds, ItemService items) {
    this.em = em;
    this.kinds = kinds;
    this.items = items;
  }

  public Profile of(String organisationId, Caller caller) {
    Map<String, List<ProfileEntry>> byRelation = new LinkedHashMap<>();
    for (String relation : List.of("records", "programmes", "networks", "events")) {
      byRelation.put(relation, new ArrayList<>());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> references =
        em.createNativeQuery(
                "SELECT item_id, relation, role, valid_from, valid_to FROM organisation_reference"
                    + " WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    Map<String, Item> visible =
        items.visible(references.stream().map(row -> (String) row[0]).toList(), caller);
    for (Object[] row : references) {
      Item item = visible.get((String) row[0]);
      List<ProfileEntry> list = byRelation.get((String) row[1]);
      if (item != null && list != null) {
        list.add(
            new ProfileEntry(
                item.id(),
                item.kind(),
                item.title(),
                kinds.path(item),
                (String) row[2],
                ProfileEntry.date(row[3]),
                ProfileEntry.date(row[4])));
      }
    }
    byRelation.values().forEach(list -> list.sort(NEWEST_FIRST));
    return new Profile(
        subOrganisations(organisationId),
        people(organisationId),
        byRelation.get("records"),
        byRelation.get("programmes"),
        byRelation.get("networks"),
        byRelation.get("events"));
  }

  private static final Comparator<ProfileEntry> NEWEST_FIRST =
      Comparator.comparing(ProfileEntry::from, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ProfileEntry::title)
          .thenComparing(ProfileEntry::id);

  private List<ProfileEntry> subOrganisations(String organisationId) {
    return rows(
        "SELECT id, name FROM organisation WHERE parent_id = ?1 AND withdrawn = FALSE ORDER BY"
            + " name, id",
        organisationId,
        "organisation",
        "/api/v1/organisations/");
  }

  private List<ProfileEntry> people(String organisationId) {
    return rows(
        "SELECT id, name FROM person WHERE organisation_id = ?1 AND withdrawn = FALSE ORDER BY"
            + " name, id",
        organisationId,
        "person",
        "/api/v1/people/");
  }

  private List<ProfileEntry> rows(String sql, String organisationId, String type, String path) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, organisationId).getResultList();
    return rows.stream()
        .map(
            row ->
                new ProfileEntry(
                    (String) row[0],
                    type,
                    (String) row[1],
                    path + ((String) row[0]).strip(),
                    null,
                    null,
                    null))
        .toList();
  }
}
