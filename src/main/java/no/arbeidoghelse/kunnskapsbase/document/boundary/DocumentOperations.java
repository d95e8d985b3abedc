package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentExtraction;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentFiles;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentRecords;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentStore;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentStore.StagedFile;
import no.arbeidoghelse.kunnskapsbase.document.entity.Document;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** Attaching, reading and deleting documents; each call one transaction. */
@ApplicationScoped
@Transactional
public class DocumentOperations {

  @PersistenceContext EntityManager em;
  @Inject ItemService items;
  @Inject DocumentFiles files;
  @Inject DocumentRecords records;
  @Inject Event<DocumentExtraction.Uploaded> uploaded;
  @Inject Event<Deleted> deleted;

  /** Fired when a document row is gone; its files go once the deletion is committed. */
  public record Deleted(String documentId, String sha256) {}

  public DocumentStore store() {
    return files.store();
  }

  /** Answers 404/403 before the upload is stored when the caller may not attach to the item. */
  public void requireAttachable(Class<? extends Item> type, String itemId, Caller caller) {
    items.findEditable(type, itemId, caller);
  }

  /** Stores the staged file and records the document; the same bytes twice give the first. */
  public Attached attach(
      Class<? extends Item> type,
      String itemId,
      StagedFile staged,
      String filename,
      String title,
      String language,
      String mediaType,
      Caller caller) {
    Item item = items.findEditable(type, itemId, caller);
    var existing =
        em.createQuery(
                "SELECT d FROM Document d WHERE d.itemId = :item AND d.sha256 = :sha",
                Document.class)
            .setParameter("item", item.id())
            .setParameter("sha", staged.sha256())
            .getResultList();
    if (!existing.isEmpty()) {
      files.store().discard(staged);
      return new Attached(DocumentJson.duplicateOf(existing.get(0)), true);
    }
    files.store().store(staged);
    var document =
        new Document(
            UUID.randomUUID().toString(),
            item.id(),
            caller.username(),
            Instant.now(),
            filename,
            title,
            language,
            mediaType,
            staged.size(),
            staged.sha256());
    em.persist(document);
    em.flush();
    uploaded.fire(new DocumentExtraction.Uploaded(document.id()));
    return new Attached(DocumentJson.of(document), false);
  }

  /** The result of an upload: the document, and whether it was there already. */
  public record Attached(DocumentJson document, boolean duplicate) {}

  /** The documents of an item the caller may see, oldest first. */
  public List<DocumentJson> ofItem(Class<? extends Item> type, String itemId, Caller caller) {
    items.findVisible(type, itemId, caller);
    return em
        .createQuery(
            "SELECT d FROM Document d WHERE d.itemId = :item ORDER BY d.createdAt, d.id",
            Document.class)
        .setParameter("item", itemId)
        .getResultList()
        .stream()
        .map(DocumentJson::of)
        .toList();
  }

  /** The document if the caller may see its item; 404 otherwise. */
  public Document visible(String id, Caller caller) {
    Document document = em.find(Document.class, id);
    if (document == null) {
      throw ApiException.notFound("No document with id '" + id + "'.");
    }
    try {
      items.findVisible(Item.class, document.itemId(), caller);
    } catch (DomainException e) {
      throw ApiException.notFound("No document with id '" + id + "'.");
    }
    return document;
  }

  public void delete(String id, Caller caller) {
    // read fresh and lock the row first, so an extraction finishing at this moment waits for the
    // delete instead of making it fail on a stale version
    em.find(Document.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    Document document = visible(id, caller);
    items.findEditable(Item.class, document.itemId(), caller);
    em.remove(document);
    em.flush();
    deleted.fire(new Deleted(document.id(), document.sha256()));
  }

  void removeFiles(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deleted gone) {
    files.store().retire(gone.documentId(), gone.sha256());
  }
}
