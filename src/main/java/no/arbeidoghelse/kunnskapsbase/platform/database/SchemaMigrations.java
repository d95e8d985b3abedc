package no.arbeidoghelse.kunnskapsbase.platform.database;

import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version with Flyway. Migrations live in {@code db/migration};
 * they only ever add to the schema or move data forward, never drop data.
 */
public final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  /** Applies pending migrations and answers how many were applied. */
  public static int migrate(DataSource dataSource) {
    var result =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(placeholders(dataSource))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
    return result.migrationsExecuted;
  }

  /** MariaDB tables are declared InnoDB/utf8mb4 explicitly; H2 needs no options. */
  /**
   * What the migrations write differently for MariaDB: {@code table_options} (engine and character
   * set) and {@code binary_collation} (text compared exactly, as Java compares it); empty on H2,
   * which compares exactly anyway.
   */
  private static Map<String, String> placeholders(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      boolean h2 = product.contains("h2");
      return Map.of(
          "table_options", h2 ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
          "binary_collation", h2 ? "" : "COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
