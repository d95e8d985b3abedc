package no.arbeidoghelse.kunnskapsbase.platform.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.database.SchemaMigrations;

/**
 * Restores a backup ({@link Backups}) into an empty database and document store, at start-up before
 * the migrations ({@code KB_RESTORE_FROM}): the schema is migrated to the backup's version, the
 * tables are loaded in one transaction and compared with the backup's checksums, the files are
 * copied and checked; the remaining migrations and the index rebuild follow as at any start.
 * Anything that does not match stops the start with a message that says what.
 */
public final class Restore {

  private static final Logger LOG = Logger.getLogger(Restore.class.getName());

  private Restore() {}

  public static void run(DataSource dataSource, Path backup, Path documents) {
    long begin = System.nanoTime();
    var manifest = Backups.Manifest.read(backup);
    if (!SchemaMigrations.knows(dataSource, manifest.schemaVersion)) {
      throw new IllegalStateException(
          "Backup "
              + manifest.name
              + " is of schema version "
              + manifest.schemaVersion
              + ", which this build does not know: restore it with the build that wrote it or a"
              + " newer one");
    }
    try {
      var current = SchemaMigrations.currentVersion(dataSource);
      if (current.isPresent() && holdsRecords(dataSource)) {
        throw new IllegalStateException(
            "KB_RESTORE_FROM is set but the database is not empty: restore only into an empty"
                + " database (or start without KB_RESTORE_FROM)");
      }
      var files = DocumentFiles.restore(backup.resolve(Backups.Manifest.DOCUMENTS), documents);
      SchemaMigrations.migrate(dataSource, manifest.schemaVersion);
      long rows = load(dataSource, backup, manifest);
      LOG.info(
          () ->
              "Restored backup "
                  + manifest.name
                  + ": "
                  + rows
                  + " rows in "
                  + manifest.tables.size()
                  + " tables, "
                  + files.files()
                  + " files, in "
                  + (System.nanoTime() - begin) / 1_000_000
                  + " ms");
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "Restoring " + backup + " failed (the database holds none of it): " + e.getMessage(), e);
    }
  }

  private static boolean holdsRecords(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (String table : DatabaseCopy.tables(c)) {
        try (var s = c.createStatement();
            var rows = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
          if (rows.next()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static long load(DataSource dataSource, Path backup, Backups.Manifest manifest)
      throws SQLException, IOException {
    long rows = 0;
    try (Connection c = dataSource.getConnection()) {
      boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
      c.setAutoCommit(false);
      references(c, h2, false); // tables load one by one, in any order
      try {
        for (var table : manifest.tables) {
          DatabaseCopy.TableCopy read;
          Path file = backup.resolve(Backups.Manifest.DATABASE).resolve(table.table() + ".jsonl");
          try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = DatabaseCopy.read(c, table.table(), in);
          }
          if (!read.equals(table)) {
            throw new IllegalStateException(
                "the copy of table " + table.table() + " is damaged: " + read + " read, " + table);
          }
          var stored = DatabaseCopy.write(c, table.table(), Writer.nullWriter());
          if (!stored.equals(table)) {
            throw new IllegalStateException(
                "table " + table.table() + " differs from the backup once stored: " + stored);
          }
          rows += read.rows();
        }
        c.commit();
        for (var table : manifest.tables) {
          DatabaseCopy.continueIdentities(c, table.table()); // DDL on H2: after the commit
        }
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        references(c, h2, true);
        c.setAutoCommit(true);
      }
    }
    return rows;
  }

  private static void references(Connection c, boolean h2, boolean checked) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(
          h2
              ? "SET REFERENTIAL_INTEGRITY " + (checked ? "TRUE" : "FALSE")
              : "SET FOREIGN_KEY_CHECKS = " + (checked ? 1 : 0));
    }
  }
}
