package no.arbeidoghelse.kunnskapsbase.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.curation.entity.FeaturedRecord;
import no.arbeidoghelse.kunnskapsbase.curation.entity.Theme;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * What editors put forward: featured records and theme collections. Only editors change them;
 * everyone reads what is current, and only published records are ever shown to the public.
 */
@ApplicationScoped
public class Curation {

  /** "Today" for from/to dates is the day in Norway. */
  static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  public List<FeaturedRecord> featured() {
    return em.createQuery(
            "SELECT f FROM FeaturedRecord f ORDER BY f.position, f.createdAt, f.id",
            FeaturedRecord.class)
        .getResultList();
  }

  public FeaturedRecord requireFeatured(String id) {
    FeaturedRecord featured = em.find(FeaturedRecord.class, id);
    if (featured == null) {
      throw DomainException.notFound("No featured record with id '" + id + "'.");
    }
    return featured;
  }

  /** Creates (when {@code existing} is null) or changes a featured record. */
  public FeaturedRecord saveFeatured(
      FeaturedRecord existing,
      String itemId,
      Integer position,
      LocalDate from,
      LocalDate to,
      String teaser,
      String teaserEn,
      Caller caller) {
    requireEditor(caller);
    requireItems(List.of(itemId), "itemId");
    if (from != null && to != null && to.isBefore(from)) {
      throw DomainException.invalidField("to", "must not be before from (" + from + ")");
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    FeaturedRecord featured =
        existing == null
            ? new FeaturedRecord(UUID.randomUUID().toString(), caller.username(), now)
            : existing;
    int place =
        position != null
            ? position
            : existing != null ? existing.position() : nextPosition("FeaturedRecord");
    featured.set(itemId, place, from, to, teaser, teaserEn);
    if (existing == null) {
      em.persist(featured);
    } else {
      featured.touch(now);
    }
    em.flush();
    return featured;
  }

  public void deleteFeatured(String id, Caller caller) {
    requireEditor(caller);
    em.remove(requireFeatured(id));
    em.flush();
  }

  public List<Theme> themes() {
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.position, t.title, t.id", Theme.class)
        .getResultList();
  }

  /** A theme by its id or its slug. */
  public Theme requireTheme(String idOrSlug) {
    Theme theme = em.find(Theme.class, idOrSlug);
    if (theme == null) {
      theme =
          em.createQuery("SELECT t FROM Theme t WHERE t.slug = :slug", Theme.class)
              .setParameter("slug", idOrSlug)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> DomainException.notFound("No theme '" + idOrSlug + "'."));
    }
    return theme;
  }

  public Theme saveTheme(
      Theme existing,
      String slug,
      String title,
      String titleEn,
      String introduction,
      String introductionEn,
      Integer position,
      List<String> itemIds,
      Caller caller) {
    requireEditor(caller);
    var distinct = List.copyOf(new LinkedHashSet<>(itemIds));
    requireItems(distinct, "itemIds");
    boolean slugTaken =
        em.createQuery("SELECT t FROM Theme t WHERE t.slug = :slug", Theme.class)
            .setParameter("slug", slug)
            .getResultStream()
            .anyMatch(other -> existing == null || !other.id().equals(existing.id()));
    if (slugTaken) {
      throw DomainException.conflict("Another theme already has the slug '" + slug + "'.");
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Theme theme =
        existing == null
            ? new Theme(UUID.randomUUID().toString(), caller.username(), now)
            : existing;
    int place =
        position != null
            ? position
            : existing != null ? existing.position() : nextPosition("Theme");
    theme.set(slug, title, titleEn, introduction, introductionEn, place, distinct);
    if (existing == null) {
      em.persist(theme);
    } else {
      theme.touch(now);
    }
    em.flush();
    return theme;
  }

  public void deleteTheme(String idOrSlug, Caller caller) {
    requireEditor(caller);
    em.remove(requireTheme(idOrSlug));
    em.flush();
  }

  /** The items with the given ids, by id, in one query. */
  public Map<String, Item> items(Collection<String> ids) {
    Map<String, Item> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(item -> found.put(item.id(), item));
    }
    return found;
  }

  private void requireItems(List<String> ids, String field) {
    var found = items(ids);
    for (String id : ids) {
      if (!found.containsKey(id)) {
        throw DomainException.invalidField(field, "no record with id '" + id + "'");
      }
    }
  }

  /** The highest position an editor may give; the default position never goes beyond it. */
  public static final int MAX_POSITION = 1_000_000;

  /** After the last, or the last itself when that is at {@link #MAX_POSITION} already. */
  private int nextPosition(String entity) {
    Integer max =
        em.createQuery("SELECT MAX(e.position) FROM " + entity + " e", Integer.class)
            .getSingleResult();
    return max == null ? 1 : Math.min(max, MAX_POSITION - 1) + 1;
  }

  public static void requireEditor(Caller caller) {
    caller.requireAuthenticated();
    if (!caller.isEditor()) {
      throw DomainException.notAllowed("Only editors curate featured records and themes.");
    }
  }
}
