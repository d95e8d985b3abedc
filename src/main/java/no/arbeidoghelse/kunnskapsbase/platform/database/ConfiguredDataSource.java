package no.arbeidoghelse.kunnskapsbase.platform.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The application's one data source, chosen by configuration when the container first asks for a
 * connection: MariaDB when {@code kb.db.url} is set, otherwise an embedded H2 database (in MariaDB
 * mode) under {@code kb.data.dir}. The container pools and enlists it like any driver's data
 * source; doing the choice here keeps the choice in one place instead of in container variables.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create();
        }
        current = delegate;
      }
    }
    return current;
  }

  private static DataSource create() throws SQLException {
    var url = Settings.databaseUrl();
    if (url.isPresent()) {
      var mariaDb = new MariaDbDataSource(url.get());
      mariaDb.setUser(Settings.databaseUser());
      mariaDb.setPassword(Settings.databasePassword());
      return mariaDb;
    }
    var h2 = new JdbcDataSource();
    h2.setURL(embeddedUrl(Settings.dataDir()));
    h2.setUser("sa");
    h2.setPassword("");
    return h2;
  }

  /**
   * The embedded database file, in MariaDB mode so that one set of migrations serves both. {@code
   * WRITE_DELAY=0} writes each commit before answering: H2's default (500 ms) loses commits that
   * were already confirmed to clients when the process is killed.
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("database").resolve("kunnskapsbase")
        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  }

  /** True when the configured database is the embedded one. */
  public static boolean isEmbedded() {
    return Settings.databaseUrl().isEmpty();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  /** Credentials come from configuration; the container's are ignored. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
