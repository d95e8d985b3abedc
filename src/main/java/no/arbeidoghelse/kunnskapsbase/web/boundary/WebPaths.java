package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKind;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;

/**
 * The pages' own readable addresses, in Norwegian like the rest of the site; each kind of record
 * names the segment of its pages ({@link ItemKind#pageSegment()}).
 */
@ApplicationScoped
public class WebPaths {

  public static final String SEARCH = "/sok";
  public static final String GAP_MAP = "/kunnskapskart";
  public static final String THEMES = "/tema";

  @Inject ItemKinds kinds;

  /** The kind of record whose pages are at this path ({@code /prosjekter}). */
  Optional<ItemKind<?>> kindAt(String path) {
    return path != null && path.startsWith("/")
        ? kinds.byPageSegment(path.substring(1))
        : Optional.empty();
  }

  boolean isKind(String key) {
    return key != null && kinds.byKey(key).isPresent();
  }

  /** The path of a kind's pages ({@code /prosjekter}). */
  String of(String kindKey) {
    return "/" + kinds.byKey(kindKey).orElseThrow().pageSegment();
  }

  /** The page of a record, or of an organisation (which search finds too). */
  public String item(String kindKey, String id) {
    if (Organisation.TYPE.equals(kindKey)) {
      return RecordNames.ORGANISATIONS + id;
    }
    return of(kindKey) + "/" + id;
  }

  /** Where a record's form is. */
  public String form(String kindKey, String id) {
    return "/mine" + item(kindKey, id);
  }
}
