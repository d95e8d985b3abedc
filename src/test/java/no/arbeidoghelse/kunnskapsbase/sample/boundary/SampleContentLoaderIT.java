package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
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

      services.inTransaction(
          () -> {
            loader.load();
            return null;
          });
      long items = database.count("SELECT COUNT(*) FROM item");
      long organisations = database.count("SELECT COUNT(*) FROM organisation");
      assertEquals(
          SampleContent.records("projects.json").size()
              + SampleContent.records("publications.json").size()
              + SampleContent.records("practice-reports.json").size(),
          items);
      assertEquals(SampleContent.records("organisations.json").size(), organisations);

      services.inTransaction(
          () -> {
            loader.load();
            return null;
          });
      assertEquals(items, database.count("SELECT COUNT(*) FROM item"));
      assertEquals(organisations, database.count("SELECT COUNT(*) FROM organisation"));
      assertEquals(
          items,
          database.count("SELECT COUNT(*) FROM item WHERE state = 'published'"),
          "sample content is published");
    }
  }
}
