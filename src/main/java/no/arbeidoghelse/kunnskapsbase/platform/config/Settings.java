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
  public static final String MAX_UPLOAD_BYTES = "kb.upload.max-bytes";
  public static final String EXTRACTION_WORKERS = "kb.extraction.workers";
  public static final String EXTRACTION_THREADS = "kb.extraction.threads";
  public static final String EXTRACTION_TIMEOUT = "kb.extraction.timeout-seconds";
  public static final String EXTRACTION_MAX_CHARACTERS = "kb.extraction.max-characters";
  public static final String EXTRACTION_MAX_DEPTH = "kb.extraction.max-depth";
  public static final String EXTRACTION_MAX_EMBEDDED = "kb.extraction.max-embedded";
  public static final String EXTRACTION_HEAP_MB = "kb.extraction.heap-mb";
  public static final String EXTRACTION_IDLE_SECONDS = "kb.extraction.idle-seconds";
  public static final String INDEX_CONFIG_DIR = "kb.index-config.dir";
  public static final String SEARCH_INDEX_DIR = "kb.search.index-dir";
  public static final String DOCUMENTS_DIR = "kb.documents.dir";
  public static final String BACKUP_DIR = "kb.backup.dir";
  public static final String RESTORE_FROM = "kb.restore.from";
  public static final String METRICS_TOKEN = "kb.metrics.token";
  public static final String SESSION_HOURS = "kb.session.hours";
  public static final String OIDC_ISSUER = "kb.oidc.issuer";
  public static final String OIDC_CLIENT_ID = "kb.oidc.client-id";
  public static final String OIDC_CLIENT_SECRET = "kb.oidc.client-secret";
  public static final String OIDC_ROLE_CLAIM = "kb.oidc.role-claim";
  public static final String OIDC_USERNAME_CLAIM = "kb.oidc.username-claim";
  public static final String PUBLIC_URL = "kb.public-url";
  public static final String ALLOWED_HOSTS = "kb.allowed-hosts";
  public static final String TRUSTED_PROXIES = "kb.trusted-proxies";
  public static final String REGISTRATION_RETENTION_DAYS = "kb.registration.retention-days";

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

  public static long maxUploadBytes() {
    return value(MAX_UPLOAD_BYTES).map(Long::parseLong).orElse(100L * 1024 * 1024);
  }

  /**
   * Worker JVMs. One is the default: its threads ({@link #extractionThreadsPerWorker}) share its
   * compiled Tika code and its memory; two JVMs of one thread each read the benchmark corpus no
   * faster (3.05 s against 3.16 s, within the machine's drift) with 0.3 GB more memory.
   */
  public static int extractionWorkers() {
    return value(EXTRACTION_WORKERS).map(Integer::parseInt).orElse(1);
  }

  /**
   * Files each worker JVM reads at once: one per processor. The workers run at a lower priority
   * than the server, so searches and uploads still come first; on two processors, with the server
   * warm, two threads read the benchmark corpus (upload to searchable) in 2.7-3.2 s, one in 3.3-3.8
   * s.
   */
  public static int extractionThreadsPerWorker() {
    return value(EXTRACTION_THREADS)
        .map(Integer::parseInt)
        .orElse(Runtime.getRuntime().availableProcessors());
  }

  public static int extractionTimeoutSeconds() {
    return value(EXTRACTION_TIMEOUT).map(Integer::parseInt).orElse(120);
  }

  public static int extractionMaxCharacters() {
    return value(EXTRACTION_MAX_CHARACTERS).map(Integer::parseInt).orElse(5_000_000);
  }

  public static int extractionMaxDepth() {
    return value(EXTRACTION_MAX_DEPTH).map(Integer::parseInt).orElse(5);
  }

  public static int extractionMaxEmbedded() {
    return value(EXTRACTION_MAX_EMBEDDED).map(Integer::parseInt).orElse(1000);
  }

  /** How long a worker JVM may read nothing before it is stopped (0: never). */
  public static int extractionIdleSeconds() {
    return value(EXTRACTION_IDLE_SECONDS).map(Integer::parseInt).orElse(60);
  }

  public static int extractionHeapMegabytes() {
    return value(EXTRACTION_HEAP_MB).map(Integer::parseInt).orElse(512);
  }

  /** A directory that replaces the packed {@code index-config/}; empty means the packed one. */
  public static Optional<Path> indexConfigDir() {
    return value(INDEX_CONFIG_DIR).map(v -> Path.of(v).toAbsolutePath().normalize());
  }

  /**
   * Where uploaded files and their texts live; by default {@code documents/} in the data directory.
   * Nodes that serve one database share it (a mounted volume).
   */
  public static Path documentsDir() {
    return value(DOCUMENTS_DIR)
        .map(v -> Path.of(v).toAbsolutePath().normalize())
        .orElse(dataDir().resolve("documents"));
  }

  /** Where backups are written; by default {@code backups/} in the data directory. */
  public static Path backupDir() {
    return value(BACKUP_DIR)
        .map(v -> Path.of(v).toAbsolutePath().normalize())
        .orElse(dataDir().resolve("backups"));
  }

  /** The bearer token a Prometheus scraper sends to read {@code /metrics}; unset: no metrics. */
  public static Optional<String> metricsToken() {
    return value(METRICS_TOKEN);
  }

  /**
   * Days after an event ends that its participants' personal data is kept (name, e-mail,
   * organisation, role); 0 deletes it the day after.
   */
  public static int registrationRetentionDays() {
    return value(REGISTRATION_RETENTION_DAYS)
        .map(Integer::parseInt)
        .map(d -> Math.max(0, d))
        .orElse(90);
  }

  /** A backup to restore into the empty database and document store at start-up. */
  public static Optional<Path> restoreFrom() {
    return value(RESTORE_FROM).map(v -> Path.of(v).toAbsolutePath().normalize());
  }

  /** Where the search index lives; by default {@code index/} in the data directory. */
  public static Path searchIndexDir() {
    return value(SEARCH_INDEX_DIR)
        .map(v -> Path.of(v).toAbsolutePath().normalize())
        .orElse(dataDir().resolve("index"));
  }

  /** How long a browser session lasts after sign-in. */
  public static java.time.Duration sessionDuration() {
    return java.time.Duration.ofHours(value(SESSION_HOURS).map(Long::parseLong).orElse(12L));
  }

  /** Single sign-on is on when an issuer is configured. */
  public static Optional<String> oidcIssuer() {
    return value(OIDC_ISSUER);
  }

  public static String oidcClientId() {
    return value(OIDC_CLIENT_ID).orElse("kunnskapsbase");
  }

  public static String oidcClientSecret() {
    return value(OIDC_CLIENT_SECRET).orElse("");
  }

  /** The ID-token claim that lists the user's roles (researcher, editor, admin). */
  public static String oidcRoleClaim() {
    return value(OIDC_ROLE_CLAIM).orElse("roles");
  }

  /** The ID-token claim that becomes the username. */
  public static String oidcUsernameClaim() {
    return value(OIDC_USERNAME_CLAIM).orElse("preferred_username");
  }

  /**
   * The address users reach the service at (e.g. {@code https://kunnskapsbasen.no}), for the
   * sign-on redirect address; unset means the address of the incoming request.
   */
  public static Optional<String> publicUrl() {
    return value(PUBLIC_URL)
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /**
   * Host names that may appear in links the service writes (canonical addresses, the sitemap,
   * {@code Location}) when {@link #publicUrl()} is not set; a request for any other host gets links
   * to {@code localhost}, so a forged {@code Host} header never ends up in them.
   */
  public static java.util.Set<String> allowedHosts() {
    return java.util.Arrays.stream(
            value(ALLOWED_HOSTS).orElse("localhost,127.0.0.1,[::1],::1").split(","))
        .map(host -> host.strip().toLowerCase(java.util.Locale.ROOT))
        .filter(host -> !host.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Addresses of the load balancers or proxies in front (exact addresses, or {@code all} where the
   * instances are reachable only through them): a request from one of them is from the address it
   * names last in {@code X-Forwarded-For}. Empty: every request is from its own peer.
   */
  public static java.util.Set<String> trustedProxies() {
    return java.util.Arrays.stream(value(TRUSTED_PROXIES).orElse("").split(","))
        .map(String::strip)
        .filter(proxy -> !proxy.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
