package no.arbeidoghelse.kunnskapsbase.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.history.entity.HistoryEntry;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemRevision;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;

/** Records each change of an item as a {@link HistoryEntry}, and reads them back. */
@ApplicationScoped
public class ItemHistory {

  @PersistenceContext EntityManager em;

  public ItemHistory() {}

  /** For use outside the container (tests). */
  public ItemHistory(EntityManager em) {
    this.em = em;
  }

  /**
   * Adds an entry for the change just made, diffing the item against its previous entry. A write
   * that changed nothing a reader would see and is not a workflow step leaves no entry.
   */
  public void record(@Observes ItemRevision revision) {
    JsonObject snapshot = parse(revision.snapshot());
    HistoryEntry previous = latest(revision.itemId());
    JsonObject before =
        previous == null ? JsonObject.EMPTY_JSON_OBJECT : parse(previous.snapshot());
    var changes = FieldChanges.between(before, snapshot);
    if (changes.isEmpty() && "updated".equals(revision.action())) {
      return;
    }
    em.persist(
        new HistoryEntry(
            revision.itemId(),
            previous == null ? 1 : previous.sequence() + 1,
            revision.action(),
            revision.actor(),
            revision.at(),
            revision.state(),
            revision.comment(),
            changes.toString(),
            snapshot.toString()));
    em.flush();
  }

  /** The entries of an item, the newest first. */
  public Page<HistoryEntry> entries(String itemId, PageRequest page) {
    long total =
        em.createQuery("SELECT COUNT(h) FROM HistoryEntry h WHERE h.itemId = :item", Long.class)
            .setParameter("item", itemId)
            .getSingleResult();
    List<HistoryEntry> entries =
        em.createQuery(
                "SELECT h FROM HistoryEntry h WHERE h.itemId = :item ORDER BY h.sequence DESC",
                HistoryEntry.class)
            .setParameter("item", itemId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(entries, total, page);
  }

  public HistoryEntry require(String itemId, int sequence) {
    return em.createQuery(
            "SELECT h FROM HistoryEntry h WHERE h.itemId = :item AND h.sequence = :sequence",
            HistoryEntry.class)
        .setParameter("item", itemId)
        .setParameter("sequence", sequence)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "The item has no version " + sequence + " in its history."));
  }

  private HistoryEntry latest(String itemId) {
    return em.createQuery(
            "SELECT h FROM HistoryEntry h WHERE h.itemId = :item ORDER BY h.sequence DESC",
            HistoryEntry.class)
        .setParameter("item", itemId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  public static jakarta.json.JsonArray parseArray(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }
}
