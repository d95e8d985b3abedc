package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipOperations;
import no.arbeidoghelse.kunnskapsbase.network.control.NetworkMemberships;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonMapper;
import no.arbeidoghelse.kunnskapsbase.testing.Services;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The sample content passes the API's own checks on MariaDB, and loading twice adds nothing. */
class SampleContentLoaderIT {

  @Test
  void loadsThroughTheServiceLayerIdempotently() {
    try (var database = TestDatabase.mariaDb().migrated()) {
      var services = new Services(database.entityManagerFactory().createEntityManager());
      var loader = new SampleContentLoader();
      loader.items = services.items;
      loader.itemService = services.itemService;
      loader.directory = services.directory;
      loader.directoryService = services.directoryService;
      loader.organisations = new OrganisationMapper(Services.TAXONOMY);
      loader.people = new PersonMapper();
      loader.kinds = new ItemMappers(Services.KINDS);
      loader.memberships =
          new MembershipOperations(
              new NetworkMemberships(services.em, services.itemService), Services.VALIDATOR);

      services.inTransaction(
          () -> {
            loader.load();
            return null;
          });
      long items = database.count("SELECT COUNT(*) FROM item");
      long organisations = database.count("SELECT COUNT(*) FROM organisation");
      assertEquals(
          Services.KINDS.all().stream()
              .mapToInt(kind -> SampleContent.records(kind.collection() + ".json").size())
              .sum(),
          items);
      assertEquals(SampleContent.records("organisations.json").size(), organisations);
      long memberships = database.count("SELECT COUNT(*) FROM network_membership");
      assertEquals(SampleContent.records("network-members.json").size(), memberships);

      services.inTransaction(
          () -> {
            loader.load();
            return null;
          });
      assertEquals(items, database.count("SELECT COUNT(*) FROM item"));
      assertEquals(organisations, database.count("SELECT COUNT(*) FROM organisation"));
      assertEquals(memberships, database.count("SELECT COUNT(*) FROM network_membership"));
      assertEquals(
          items,
          database.count("SELECT COUNT(*) FROM item WHERE state = 'published'"),
          "sample content is published");
    }
  }
}
