package no.arbeidoghelse.kunnskapsbase.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.document.entity.Document;
import no.arbeidoghelse.kunnskapsbase.document.extraction.ExtractionOutcome;

/** Document rows, for the extraction side: each method its own transaction. */
@ApplicationScoped
@Transactional
public class DocumentRecords {

  @PersistenceContext EntityManager em;

  public Optional<Document> find(String id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  public List<String> pendingIds() {
    return em.createQuery(
            "SELECT d.id FROM Document d WHERE d.status = :pending ORDER BY d.createdAt",
            String.class)
        .setParameter("pending", Document.PENDING)
        .getResultList();
  }

  public Set<String> checksums() {
    return new HashSet<>(
        em.createQuery("SELECT DISTINCT d.sha256 FROM Document d", String.class).getResultList());
  }

  public Set<String> ids() {
    return new HashSet<>(
        em.createQuery("SELECT d.id FROM Document d", String.class).getResultList());
  }

  /**
   * Claims a pending document for this instance until the given time: true when no other instance
   * holds a claim that still runs (its own claim is renewed). One statement, so of instances
   * claiming at once exactly one gets it.
   */
  public boolean claim(String id, String instance, Instant until) {
    return em.createQuery(
                "UPDATE Document d SET d.claimedBy = :instance, d.claimedUntil = :until"
                    + " WHERE d.id = :id AND d.status = :pending AND (d.claimedUntil IS NULL"
                    + " OR d.claimedUntil < :now OR d.claimedBy = :instance)")
            .setParameter("instance", instance)
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("pending", Document.PENDING)
            .setParameter("now", Instant.now())
            .executeUpdate()
        == 1;
  }

  /** Records an extraction's outcome, unless the document was deleted meanwhile. */
  public void complete(String id, ExtractionOutcome outcome) {
    // locked and fresh: a delete at the same moment goes first or after, never half
    Document document =
        em.find(Document.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (document != null) {
      document.extracted(
          outcome.status(),
          outcome.detail(),
          outcome.mediaType(),
          outcome.language(),
          outcome.pageCount(),
          outcome.title(),
          outcome.author(),
          outcome.created(),
          outcome.characters(),
          outcome.truncated(),
          Instant.now());
    }
  }
}
