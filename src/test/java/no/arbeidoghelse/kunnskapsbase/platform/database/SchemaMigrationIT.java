package no.arbeidoghelse.kunnskapsbase.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The migrations on both databases: they apply, apply once, and match the JPA mappings. */
class SchemaMigrationIT {

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void migratesOnceAndMatchesTheMappings(String name, Supplier<TestDatabase> create) {
    try (var database = create.get()) {
      var info = Flyway.configure().dataSource(database.dataSource()).load().info();
      assertEquals(info.pending().length, SchemaMigrations.migrate(database.dataSource()));
      assertEquals(
          0, SchemaMigrations.migrate(database.dataSource()), "a second start applies nothing");
      assertEquals(
          0, Flyway.configure().dataSource(database.dataSource()).load().info().pending().length);

      var em = database.entityManagerFactory().createEntityManager();
      for (String entity :
          List.of(
              "Account",
              "Organisation",
              "Person",
              "Item",
              "Project",
              "Publication",
              "PracticeReport")) {
        assertEquals(
            0L,
            em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult(),
            entity);
      }
      em.close();
    }
  }
}
