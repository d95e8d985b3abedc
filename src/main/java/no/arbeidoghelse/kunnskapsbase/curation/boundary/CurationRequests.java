package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import no.arbeidoghelse.kunnskapsbase.curation.control.Curation;
import no.arbeidoghelse.kunnskapsbase.item.control.ReadAccess;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** Request details both curation resources share. */
final class CurationRequests {

  private CurationRequests() {}

  /** {@code ?all=true}, for editors only. */
  static boolean all(String all, Caller caller) {
    if (all == null || all.equals("false")) {
      return false;
    }
    if (!all.equals("true")) {
      throw ApiException.badRequest(
          "Query parameter 'all' must be true or false, not '" + all + "'.");
    }
    Curation.requireEditor(caller);
    return true;
  }

  static boolean isPublished(Item item) {
    return item != null && ReadAccess.of(Caller.ANONYMOUS).allows(item);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
