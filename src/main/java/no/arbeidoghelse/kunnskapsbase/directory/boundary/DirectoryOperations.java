package no.arbeidoghelse.kunnskapsbase.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.UUID;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** The operations of every directory collection, each one transaction. */
@ApplicationScoped
@Transactional
public class DirectoryOperations {

  @Inject DirectoryService directory;
  @Inject Validator validator;

  public DirectoryOperations() {}

  public DirectoryOperations(DirectoryService directory, Validator validator) {
    this.directory = directory;
    this.validator = validator;
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> J create(
      DirectoryMapper<E, J> mapper, J json, Caller caller) {
    return create(mapper, json, caller, UUID.randomUUID().toString());
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> J create(
      DirectoryMapper<E, J> mapper, J json, Caller caller, String id) {
    caller.requireAuthenticated();
    RequestValidation.requireValid(validator, json);
    E entry = mapper.newEntity(id, caller.username(), directory.now());
    mapper.apply(json, entry, directory);
    return mapper.toJson(directory.create(entry));
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> J read(
      DirectoryMapper<E, J> mapper, String id, Caller caller) {
    return mapper.toJson(directory.findVisible(mapper.entityClass(), id, caller));
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> J update(
      DirectoryMapper<E, J> mapper, String id, J json, String ifMatch, Caller caller) {
    RequestValidation.requireValid(validator, json);
    E entry = directory.findEditable(mapper.entityClass(), id, caller);
    Versions.requireMatch(ifMatch, entry.version());
    if (json.id() != null && !json.id().equals(id)) {
      throw ApiException.invalidField("id", "'" + json.id() + "' does not match the id in the URL");
    }
    mapper.apply(json, entry, directory);
    return mapper.toJson(directory.update(entry));
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> void withdraw(
      DirectoryMapper<E, J> mapper, String id, String ifMatch, Caller caller) {
    E entry = directory.findEditable(mapper.entityClass(), id, caller);
    if (ifMatch != null) {
      Versions.requireMatch(ifMatch, entry.version());
    }
    directory.withdraw(entry);
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> J restore(
      DirectoryMapper<E, J> mapper, String id, Caller caller) {
    E entry = directory.findEditable(mapper.entityClass(), id, caller);
    directory.restore(entry, caller);
    return mapper.toJson(entry);
  }

  public <E extends DirectoryEntry, J extends DirectoryJson> Page<J> list(
      DirectoryMapper<E, J> mapper, Caller caller, PageRequest page, boolean withdrawn) {
    return directory.list(mapper.entityClass(), page, withdrawn, caller).map(mapper::toJson);
  }
}
