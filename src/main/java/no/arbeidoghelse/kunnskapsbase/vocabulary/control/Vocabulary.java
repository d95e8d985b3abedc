package no.arbeidoghelse.kunnskapsbase.vocabulary.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyChange;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyChange.Action;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyChanged;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyEntry;

/**
 * The field's vocabulary as editors keep it. Everyone may read it; editors add, change and remove
 * entries, and every change is kept. Search follows the vocabulary's version: a change is used by
 * every instance's searches within seconds, without a restart.
 */
@ApplicationScoped
public class Vocabulary {

  /** The value list of {@code index-config/taxonomy.json} whose keys are the languages. */
  public static final String LANGUAGES = "languages";

  public static final int MAX_NOTE = 1000;

  @PersistenceContext EntityManager em;
  @Inject Taxonomy taxonomy;
  @Inject Event<VocabularyChanged> changed;
  Clock clock = Clock.systemUTC();

  /** One page of entries, newest change first; of one language and holding a text when given. */
  public Page<VocabularyEntry> entries(String language, String containing, PageRequest page) {
    if (language != null && !taxonomy.valueKeys(LANGUAGES).contains(language)) {
      throw DomainException.invalid(
          "Query parameter 'language' must be one of "
              + taxonomy.valueKeys(LANGUAGES)
              + ", not '"
              + language
              + "'.");
    }
    List<String> conditions = new ArrayList<>();
    if (language != null) {
      conditions.add("e.language = :language");
    }
    String text = null;
    if (containing != null && !containing.isBlank()) {
      conditions.add("LOWER(e.terms) LIKE :text ESCAPE '!'");
      text =
          "%"
              + containing
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%";
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<VocabularyEntry> query =
        em.createQuery(
            "SELECT e FROM VocabularyEntry e" + where + " ORDER BY e.updatedAt DESC, e.id",
            VocabularyEntry.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM VocabularyEntry e" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      if (language != null) {
        q.setParameter("language", language);
      }
      if (text != null) {
        q.setParameter("text", text);
      }
    }
    long total = count.getSingleResult();
    var items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(items, total, page);
  }

  /** Every entry: what searches use. */
  public List<VocabularyEntry> all() {
    return em.createQuery("SELECT e FROM VocabularyEntry e ORDER BY e.id", VocabularyEntry.class)
        .getResultList();
  }

  /** Grows with every change; 0 while nothing was ever changed. */
  public long version() {
    Long max =
        em.createQuery("SELECT MAX(c.id) FROM VocabularyChange c", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  public VocabularyEntry require(String id) {
    VocabularyEntry entry = id == null ? null : em.find(VocabularyEntry.class, id);
    if (entry == null) {
      throw DomainException.notFound("No vocabulary entry with id '" + id + "'.");
    }
    return entry;
  }

  public VocabularyEntry add(String language, List<String> terms, String note, Caller caller) {
    requireEditor(caller);
    List<String> checked = check(language, terms, note);
    var entry = new VocabularyEntry(UUID.randomUUID().toString(), caller.username(), now());
    entry.set(language, checked, blankToNull(note));
    em.persist(entry);
    record(entry, Action.CREATED, checked, null, caller);
    return entry;
  }

  public VocabularyEntry change(
      VocabularyEntry entry, String language, List<String> terms, String note, Caller caller) {
    requireEditor(caller);
    List<String> checked = check(language, terms, note);
    List<String> before = entry.terms();
    entry.set(language, checked, blankToNull(note));
    entry.touch(now());
    record(entry, Action.CHANGED, checked, before, caller);
    return entry;
  }

  public void remove(VocabularyEntry entry, Caller caller) {
    requireEditor(caller);
    record(entry, Action.REMOVED, null, entry.terms(), caller);
    em.remove(entry);
    em.flush();
  }

  /** One page of changes, newest first: of one entry (also a removed one), or of all. */
  public Page<VocabularyChange> history(String entryId, PageRequest page) {
    String where = entryId == null ? "" : " WHERE c.entryId = :entry";
    var query =
        em.createQuery(
            "SELECT c FROM VocabularyChange c" + where + " ORDER BY c.id DESC",
            VocabularyChange.class);
    var count = em.createQuery("SELECT COUNT(c) FROM VocabularyChange c" + where, Long.class);
    if (entryId != null) {
      query.setParameter("entry", entryId);
      count.setParameter("entry", entryId);
    }
    long total = count.getSingleResult();
    if (entryId != null && total == 0) {
      throw DomainException.notFound("No vocabulary entry with id '" + entryId + "'.");
    }
    return Page.of(
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        total,
        page);
  }

  public static void requireEditor(Caller caller) {
    caller.requireAuthenticated();
    if (!caller.isEditor()) {
      throw DomainException.notAllowed("Only editors change the vocabulary.");
    }
  }

  private List<String> check(String language, List<String> terms, String note) {
    List<FieldError> errors = new ArrayList<>();
    if (note != null && note.strip().length() > MAX_NOTE) {
      errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
    }
    if (language == null || !taxonomy.valueKeys(LANGUAGES).contains(language)) {
      errors.add(new FieldError("language", "must be one of " + taxonomy.valueKeys(LANGUAGES)));
    }
    var checked = VocabularyTerms.check(terms);
    errors.addAll(checked.errors());
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return checked.terms();
  }

  private void record(
      VocabularyEntry entry,
      Action action,
      List<String> terms,
      List<String> before,
      Caller caller) {
    var change =
        new VocabularyChange(
            entry.id(),
            action,
            caller.username(),
            now(),
            entry.language(),
            terms,
            before,
            entry.note());
    em.persist(change);
    em.flush();
    changed.fire(new VocabularyChanged(change.id()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
