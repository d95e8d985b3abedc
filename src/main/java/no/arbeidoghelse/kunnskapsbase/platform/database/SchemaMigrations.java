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
    return migrate(dataSource, "latest");
  }

  /** Applies the migrations up to {@code version} ("latest": all). */
  public static int migrate(DataSource dataSource, String version) {
    var result = flyway(dataSource).target(version).load().migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
    return result.migrationsExecuted;
  }

  /** The version the schema is at, or empty before the first migration. */
  public static java.util.Optional<String> currentVersion(DataSource dataSource) {
    var current = flyway(dataSource).load().info().current();
    return java.util.Optional.ofNullable(current).map(m -> m.getVersion().getVersion());
  }

  /** Whether this build has a migration to {@code version}. */
  public static boolean knows(DataSource dataSource, String version) {
    return java.util.Arrays.stream(flyway(dataSource).load().info().all())
        .anyMatch(m -> m.getVersion() != null && m.getVersion().getVersion().equals(version));
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      DataSource dataSource) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(placeholders(dataSource));
  }

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
