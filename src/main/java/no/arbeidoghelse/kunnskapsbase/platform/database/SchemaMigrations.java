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
            .placeholders(Map.of("table_options", tableOptions(dataSource)))
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
  private static String tableOptions(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("h2") ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
