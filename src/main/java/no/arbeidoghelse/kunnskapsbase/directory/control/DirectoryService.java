package no.arbeidoghelse.kunnskapsbase.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Finding, listing and withdrawing directory entries. Anyone may read entries that are not
 * withdrawn; any signed-in user may register one; its owner and editors may change it.
 */
@ApplicationScoped
public class DirectoryService {

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  public DirectoryService() {}

  public DirectoryService(EntityManager em) {
    this.em = em;
  }

  public Instant now() {
    return clock.instant();
  }

  public EntityManager entityManager() {
    return em;
  }

  public <E extends DirectoryEntry> E findVisible(Class<E> type, String id, Caller caller) {
    E entry = em.find(type, id);
    if (entry == null || (entry.isWithdrawn() && !caller.isEditor())) {
      throw DomainException.notFound(
          "No " + type.getSimpleName().toLowerCase() + " with id '" + id + "'.");
    }
    return entry;
  }

  public <E extends DirectoryEntry> E findEditable(Class<E> type, String id, Caller caller) {
    caller.requireAuthenticated();
    E entry = findVisible(type, id, caller);
    if (!caller.isEditor() && !caller.username().equals(entry.owner())) {
      throw DomainException.notAllowed(
          "Only the one who registered this "
              + type.getSimpleName().toLowerCase()
              + " or an editor may change it.");
    }
    return entry;
  }

  public <E extends DirectoryEntry> E create(E entry) {
    em.persist(entry);
    em.flush();
    return entry;
  }

  public <E extends DirectoryEntry> E update(E entry) {
    entry.touch(now());
    em.flush();
    return entry;
  }

  public void withdraw(DirectoryEntry entry) {
    if (entry.isWithdrawn()) {
      throw DomainException.conflict("It is already withdrawn.");
    }
    entry.setWithdrawn(true, now());
    em.flush();
  }

  public void restore(DirectoryEntry entry, Caller caller) {
    if (!caller.isEditor()) {
      throw DomainException.notAllowed("Only an editor may restore a withdrawn entry.");
    }
    if (!entry.isWithdrawn()) {
      throw DomainException.conflict("Only a withdrawn entry can be restored.");
    }
    entry.setWithdrawn(false, now());
    em.flush();
  }

  /** Entries by name; withdrawn ones only for editors who ask for them. */
  public <E extends DirectoryEntry> Page<E> list(
      Class<E> type, PageRequest page, boolean withdrawn, Caller caller) {
    if (withdrawn && !caller.isEditor()) {
      throw DomainException.notAllowed("Only editors may list withdrawn entries.");
    }
    String entity = type.getSimpleName();
    String where = " WHERE e.withdrawn = :withdrawn";
    long total =
        em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class)
            .setParameter("withdrawn", withdrawn)
            .getSingleResult();
    List<E> entries =
        em.createQuery("SELECT e FROM " + entity + " e" + where + " ORDER BY e.name, e.id", type)
            .setParameter("withdrawn", withdrawn)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(entries, total, page);
  }

  /** 409 when another entry of the type already has this value in a unique field. */
  public void requireUnique(
      Class<? extends DirectoryEntry> type, String field, String value, String exceptId) {
    if (value == null) {
      return;
    }
    List<String> holders =
        em.createQuery(
                "SELECT e.id FROM " + type.getSimpleName() + " e WHERE e." + field + " = :value",
                String.class)
            .setParameter("value", value)
            .getResultList();
    holders.remove(exceptId);
    if (!holders.isEmpty()) {
      throw DomainException.conflict(
          "Another "
              + type.getSimpleName().toLowerCase()
              + " ("
              + holders.get(0)
              + ") already has "
              + field
              + " "
              + value
              + ".");
    }
  }

  public boolean exists(Class<? extends DirectoryEntry> type, String id) {
    return id != null && em.find(type, id) != null;
  }
}
