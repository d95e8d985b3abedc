package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationJson;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** Names and page addresses of the organisations and records a page refers to by id. */
@ApplicationScoped
class RecordNames {

  /** A named thing with its page; {@code type} is a record's kind key, or null. */
  record Named(String id, String name, String url, String type) {}

  static final String ORGANISATIONS = "/organisasjoner/";

  @Inject DirectoryOperations directory;
  @Inject OrganisationMapper organisations;
  @Inject ItemOperations items;
  @Inject ItemMappers mappers;
  @Inject WebPaths paths;

  /** The organisation as the caller may see it; empty when it is withdrawn or unknown. */
  Optional<OrganisationJson> organisation(String id, Caller caller) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(directory.read(organisations, id, caller));
    } catch (DomainException notVisible) {
      return Optional.empty();
    }
  }

  Optional<Named> organisationLink(String id, Caller caller) {
    return organisation(id, caller)
        .map(o -> new Named(o.id(), o.name(), ORGANISATIONS + o.id(), null));
  }

  /**
   * The records a record links to or is linked from, by id, as the caller may see them (from its
   * lists of linked records, one per kind).
   */
  Map<String, Named> linked(ItemJson record, JsonObject json, Caller caller) {
    Map<String, Named> named = new HashMap<>();
    mappers
        .kinds()
        .all()
        .forEach(
            kind -> {
              if (json.get(kind.relationField()) instanceof JsonArray ids) {
                for (String id : ids.getValuesAs(JsonString::getString)) {
                  try {
                    String title = items.read(mappers.of(kind.key()), id, caller).title;
                    named.put(id, new Named(id, title, paths.item(kind.key(), id), kind.key()));
                  } catch (DomainException notVisible) {
                    // the caller may not see it
                  }
                }
              }
            });
    return named;
  }
}
