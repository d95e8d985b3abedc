package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryJson;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryMapper;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.directory.entity.DirectoryEntry;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipJson;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipOperations;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationJson;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonJson;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonMapper;
import no.arbeidoghelse.kunnskapsbase.person.entity.Person;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;

/**
 * Loads the sample records at start-up when {@code kb.sample.data} is on, through the same
 * operations as the API (validation, taxonomy and reference checks included). Records that exist
 * already are left alone, so loading again adds nothing and never undoes a user's change.
 */
@ApplicationScoped
public class SampleContentLoader implements StartupTask {

  private static final Logger LOG = Logger.getLogger(SampleContentLoader.class.getName());

  /** The sample content is registered by the service itself, as an editor would. */
  static final Caller LOADER = new Caller("kunnskapsbase", Set.of(Caller.Role.EDITOR));

  @Inject DirectoryOperations directory;
  @Inject DirectoryService directoryService;
  @Inject ItemOperations items;
  @Inject ItemService itemService;
  @Inject OrganisationMapper organisations;
  @Inject PersonMapper people;
  @Inject ItemMappers kinds;
  @Inject MembershipOperations memberships;

  @Override
  public StartupPhase phase() {
    return StartupPhase.SAMPLE_RECORDS;
  }

  @Override
  public boolean afterReady() {
    return true;
  }

  @Override
  public void run() {
    if (Settings.loadSampleData()) {
      load();
    }
  }

  public void load() {
    int created =
        loadEntries("organisations.json", OrganisationJson.class, organisations, Organisation.class)
            + loadEntries("people.json", PersonJson.class, people, Person.class)
            + kinds.kinds().all().stream().mapToInt(kind -> loadItems(kinds.of(kind.key()))).sum()
            + loadMemberships();
    LOG.info(() -> "Sample content: " + created + " records added");
  }

  private <E extends DirectoryEntry, J extends DirectoryJson> int loadEntries(
      String file, Class<J> type, DirectoryMapper<E, J> mapper, Class<E> entity) {
    return load(
        file,
        type,
        id -> directoryService.exists(entity, id),
        (id, json) -> directory.create(mapper, json, LOADER, id));
  }

  /** A kind's records, from the file named by its collection ({@code projects.json}). */
  private <E extends Item, J extends ItemJson> int loadItems(ItemMapper<E, J> kind) {
    return load(
        kind.collection() + ".json",
        kind.jsonClass(),
        itemService::exists,
        (id, json) -> items.create(kind, json, LOADER, id));
  }

  /**
   * The networks' members ({@code network-members.json}: network, organisation, role, period), for
   * each network that has none yet.
   */
  private int loadMemberships() {
    Map<String, List<JsonObject>> byNetwork = new LinkedHashMap<>();
    for (JsonObject membership : SampleContent.records("network-members.json")) {
      byNetwork
          .computeIfAbsent(membership.getString("networkId"), k -> new ArrayList<>())
          .add(membership);
    }
    int created = 0;
    for (var network : byNetwork.entrySet()) {
      if (!memberships.list(network.getKey(), null, LOADER).isEmpty()) {
        continue;
      }
      for (JsonObject membership : network.getValue()) {
        memberships.add(
            network.getKey(),
            JsonbConfiguration.jsonb().fromJson(membership.toString(), MembershipJson.class),
            LOADER);
        created++;
      }
    }
    return created;
  }

  private <J> int load(
      String file, Class<J> type, Predicate<String> exists, BiConsumer<String, J> create) {
    int created = 0;
    for (JsonObject record : SampleContent.records(file)) {
      String id = record.getString("id");
      if (!exists.test(id)) {
        create.accept(id, JsonbConfiguration.jsonb().fromJson(record.toString(), type));
        created++;
      }
    }
    return created;
  }
}
