package no.arbeidoghelse.kunnskapsbase.platform.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;
import no.arbeidoghelse.kunnskapsbase.platform.database.SchemaMigrations;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * Consistent backups of the registry while it runs: the database's tables as one snapshot and the
 * document store's files, each with a checksum, in a directory of {@code KB_BACKUP_DIR}. The search
 * index is not in it; it is rebuilt from the database. {@link Restore} reads such a directory.
 *
 * <p>The files are copied while the snapshot is open. A document removed meanwhile keeps its files
 * for an hour (the document store's clean-up), so every file the copied tables name is there.
 */
@ApplicationScoped
public class Backups {

  private static final Logger LOG = Logger.getLogger(Backups.class.getName());
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("'kb-backup-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private final AtomicBoolean running = new AtomicBoolean();

  /** What a backup holds. */
  public record Summary(
      String name,
      Instant createdAt,
      String schemaVersion,
      String database,
      long tables,
      long rows,
      long files,
      long bytes,
      long millis) {}

  /** Writes a backup; one at a time on this instance. */
  public Summary create() {
    if (!running.compareAndSet(false, true)) {
      throw DomainException.conflict("A backup is being written; try again when it is done.");
    }
    try {
      return write(Settings.backupDir(), Settings.documentsDir());
    } catch (IOException | SQLException e) {
      throw DomainException.unavailable("The backup could not be written: " + e.getMessage());
    } finally {
      running.set(false);
    }
  }

  /** The backups in {@code KB_BACKUP_DIR}, newest first. */
  public List<Summary> list() {
    Path folder = Settings.backupDir();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(dir -> Files.isRegularFile(dir.resolve(Manifest.FILE)))
          .map(dir -> Manifest.read(dir).summary())
          .sorted(Comparator.comparing(Summary::createdAt).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Summary> find(String name) {
    return list().stream().filter(b -> b.name().equals(name)).findFirst();
  }

  Summary write(Path folder, Path documents) throws IOException, SQLException {
    long begin = System.nanoTime();
    Instant now = Instant.now();
    Files.createDirectories(folder);
    String name = NAME.format(now);
    Path partial;
    // claimed by creating it: another instance sharing the folder may back up in the same second
    for (int n = 2; ; n++) {
      partial = folder.resolve(name + ".partial");
      if (!Files.exists(folder.resolve(name))) {
        try {
          Files.createDirectory(partial);
          break;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
          // try the next name
        }
      }
      name = NAME.format(now) + "-" + n;
    }
    Path target = folder.resolve(name);
    Files.createDirectories(partial.resolve(Manifest.DATABASE));
    try {
      var manifest =
          new Manifest(name, now, SchemaMigrations.currentVersion(dataSource).orElseThrow());
      try (Connection c = dataSource.getConnection()) {
        int isolation = c.getTransactionIsolation();
        boolean autoCommit = c.getAutoCommit();
        String product = c.getMetaData().getDatabaseProductName();
        manifest.database = product.toLowerCase().contains("h2") ? "H2" : "MariaDB";
        snapshot(c, manifest.database);
        try {
          for (String table : DatabaseCopy.tables(c)) {
            try (var out =
                Files.newBufferedWriter(
                    partial.resolve(Manifest.DATABASE).resolve(table + ".jsonl"),
                    StandardCharsets.UTF_8)) {
              manifest.tables.add(DatabaseCopy.write(c, table, out));
            }
          }
          // copied inside the snapshot: what the tables name cannot be cleaned away meanwhile
          manifest.documents = DocumentFiles.copy(documents, partial.resolve(Manifest.DOCUMENTS));
        } finally {
          c.rollback();
          c.setAutoCommit(autoCommit);
          c.setTransactionIsolation(isolation);
        }
      }
      manifest.millis = (System.nanoTime() - begin) / 1_000_000;
      manifest.write(partial);
      Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      var summary = manifest.summary();
      LOG.info(() -> "Backup " + summary);
      return summary;
    } catch (IOException | SQLException | RuntimeException e) {
      DocumentFiles.deleteTree(partial);
      throw e;
    }
  }

  /** Reads as of one moment: a snapshot transaction. */
  private static void snapshot(Connection c, String database) throws SQLException {
    c.setAutoCommit(false);
    if (database.equals("H2")) {
      try (var s = c.createStatement()) {
        s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
      }
    } else {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (var s = c.createStatement()) {
        s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
      }
    }
  }

  /** The manifest of a backup: {@code manifest.json}. */
  static final class Manifest {
    static final String FILE = "manifest.json";
    static final String DATABASE = "database";
    static final String DOCUMENTS = "documents";
    static final int FORMAT = 1;

    final String name;
    final Instant createdAt;
    final String schemaVersion;
    String database;
    final List<DatabaseCopy.TableCopy> tables = new ArrayList<>();
    DocumentFiles.Copied documents = new DocumentFiles.Copied(0, 0);
    long millis;

    Manifest(String name, Instant createdAt, String schemaVersion) {
      this.name = name;
      this.createdAt = createdAt;
      this.schemaVersion = schemaVersion;
    }

    Summary summary() {
      return new Summary(
          name,
          createdAt,
          schemaVersion,
          database,
          tables.size(),
          tables.stream().mapToLong(DatabaseCopy.TableCopy::rows).sum(),
          documents.files(),
          documents.bytes(),
          millis);
    }

    void write(Path folder) throws IOException {
      var tableList = Json.createArrayBuilder();
      tables.forEach(
          t ->
              tableList.add(
                  Json.createObjectBuilder()
                      .add("table", t.table())
                      .add("rows", t.rows())
                      .add("checksum", t.checksum())));
      JsonObject json =
          Json.createObjectBuilder()
              .add("format", FORMAT)
              .add("name", name)
              .add("createdAt", createdAt.toString())
              .add("schemaVersion", schemaVersion)
              .add("database", database)
              .add("tables", tableList)
              .add(
                  "documents",
                  Json.createObjectBuilder()
                      .add("files", documents.files())
                      .add("bytes", documents.bytes())
                      .add("checksums", DocumentFiles.CHECKSUMS))
              .add("millis", millis)
              .build();
      Files.writeString(folder.resolve(FILE), json.toString() + "\n", StandardCharsets.UTF_8);
    }

    static Manifest read(Path folder) {
      JsonObject json;
      try (var reader =
          Json.createReader(
              Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8))) {
        json = reader.readObject();
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(
            folder + " holds no readable backup manifest: " + e.getMessage(), e);
      }
      if (json.getInt("format", 0) != FORMAT) {
        throw new IllegalStateException(
            folder + " is a backup of another format (" + json.get("format") + ")");
      }
      var manifest =
          new Manifest(
              json.getString("name"),
              Instant.parse(json.getString("createdAt")),
              json.getString("schemaVersion"));
      manifest.database = json.getString("database");
      for (var t : json.getJsonArray("tables").getValuesAs(JsonObject.class)) {
        manifest.tables.add(
            new DatabaseCopy.TableCopy(
                t.getString("table"),
                t.getJsonNumber("rows").longValue(),
                t.getString("checksum")));
      }
      var documents = json.getJsonObject("documents");
      manifest.documents =
          new DocumentFiles.Copied(
              documents.getJsonNumber("files").longValue(),
              documents.getJsonNumber("bytes").longValue());
      manifest.millis = json.getJsonNumber("millis").longValue();
      return manifest;
    }
  }
}
