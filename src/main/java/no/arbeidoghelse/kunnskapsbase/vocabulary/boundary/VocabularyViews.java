package no.arbeidoghelse.kunnskapsbase.vocabulary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.vocabulary.control.Vocabulary;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyEntry;

/**
 * The vocabulary for the API and the editors' page alike, one transaction per call. A change names
 * the version it was based on ({@code If-Match}), so two editors never overwrite each other.
 */
@ApplicationScoped
@Transactional
public class VocabularyViews {

  @Inject Vocabulary vocabulary;

  public Page<VocabularyEntryJson> entries(String language, String containing, PageRequest page) {
    return vocabulary.entries(language, containing, page).map(VocabularyEntryJson::of);
  }

  public VocabularyEntryJson entry(String id) {
    return VocabularyEntryJson.of(vocabulary.require(id));
  }

  /** Changes of one entry, or of all when {@code entryId} is null. */
  public Page<VocabularyChangeJson> history(String entryId, PageRequest page) {
    return vocabulary.history(entryId, page).map(VocabularyChangeJson::of);
  }

  public VocabularyEntryJson add(VocabularyEntryJson body, Caller caller) {
    requireBody(body);
    return VocabularyEntryJson.of(
        vocabulary.add(body.language(), body.terms(), body.note(), caller));
  }

  public VocabularyEntryJson change(
      String id, String ifMatch, VocabularyEntryJson body, Caller caller) {
    Vocabulary.requireEditor(caller);
    VocabularyEntry entry = vocabulary.require(id);
    Versions.requireMatch(ifMatch, entry.version());
    requireBody(body);
    return VocabularyEntryJson.of(
        vocabulary.change(entry, body.language(), body.terms(), body.note(), caller));
  }

  /** Removes the entry; when {@code ifMatch} is given, only if it is still at that version. */
  public void remove(String id, String ifMatch, Caller caller) {
    Vocabulary.requireEditor(caller);
    VocabularyEntry entry = vocabulary.require(id);
    if (ifMatch != null) {
      Versions.requireMatch(ifMatch, entry.version());
    }
    vocabulary.remove(entry, caller);
  }

  private static void requireBody(VocabularyEntryJson body) {
    if (body == null) {
      throw ApiException.badRequest("A JSON request body is required.");
    }
  }
}
