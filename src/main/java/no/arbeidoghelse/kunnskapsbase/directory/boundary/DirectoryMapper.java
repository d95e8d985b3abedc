package no.arbeidoghelse.kunnskapsbase.directory.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;

/** What differs between kinds of directory entry. */
public interface DirectoryMapper<E extends DirectoryEntry, J extends DirectoryJson> {

  Class<E> entityClass();

  E newEntity(String id, String owner, Instant now);

  /** Copies a validated body into the entry, checking references and unique fields. */
  void apply(J json, E entry, DirectoryService directory);

  J toJson(E entry);
}
