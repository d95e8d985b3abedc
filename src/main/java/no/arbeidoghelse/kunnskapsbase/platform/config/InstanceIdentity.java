package no.arbeidoghelse.kunnskapsbase.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Which instance this is, among those sharing a database: a UUID kept in {@code KB_DATA_DIR} (each
 * instance's own), so an instance restarted after a crash knows its own claims again.
 */
public final class InstanceIdentity {

  private static volatile String id;

  private InstanceIdentity() {}

  public static String id() {
    if (id == null) {
      synchronized (InstanceIdentity.class) {
        if (id == null) {
          id = read(Settings.dataDir().resolve("instance-id"));
        }
      }
    }
    return id;
  }

  static String read(Path file) {
    try {
      if (Files.exists(file)) {
        String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (stored.length() == 36) {
          return stored;
        }
      }
      String created = UUID.randomUUID().toString();
      Files.createDirectories(file.getParent());
      Files.writeString(file, created, StandardCharsets.UTF_8);
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep this instance's id in " + file, e);
    }
  }
}
