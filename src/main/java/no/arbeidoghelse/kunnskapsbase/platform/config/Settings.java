package no.arbeidoghelse.kunnskapsbase.platform.config;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every configuration key of the application, with its default. Values come from MicroProfile
 * Config, so each key can be set as a system property ({@code -Dkb.data.dir=...}) or as an
 * environment variable ({@code KB_DATA_DIR=...}).
 *
 * <p>Static rather than a CDI bean because the data source reads it before CDI is up.
 */
public final class Settings {

  public static final String DATA_DIR = "kb.data.dir";
  public static final String DB_URL = "kb.db.url";
  public static final String DB_USER = "kb.db.user";
  public static final String DB_PASSWORD = "kb.db.password";
  public static final String DB_POOL_SIZE = "kb.db.pool-size";
  public static final String ADMIN_PASSWORD = "kb.admin.password";
  public static final String SAMPLE_DATA = "kb.sample.data";
  public static final String MAX_JSON_BYTES = "kb.api.max-json-bytes";

  private Settings() {}

  private static Config config() {
    return ConfigProvider.getConfig(Settings.class.getClassLoader());
  }

  private static Optional<String> value(String key) {
    return config().getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }

  public static Path dataDir() {
    return Path.of(value(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
  }

  /** JDBC URL of an external database (MariaDB); empty means the embedded database. */
  public static Optional<String> databaseUrl() {
    return value(DB_URL);
  }

  public static String databaseUser() {
    return value(DB_USER).orElse("");
  }

  public static String databasePassword() {
    return value(DB_PASSWORD).orElse("");
  }

  public static Optional<String> adminPassword() {
    return value(ADMIN_PASSWORD);
  }

  /** Sample content is loaded by default only on the embedded database. */
  public static boolean loadSampleData() {
    return value(SAMPLE_DATA).map(Boolean::parseBoolean).orElse(databaseUrl().isEmpty());
  }

  public static long maxJsonBytes() {
    return value(MAX_JSON_BYTES).map(Long::parseLong).orElse(1_048_576L);
  }
}
