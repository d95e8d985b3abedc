package no.arbeidoghelse.kunnskapsbase.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.database.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A fresh, empty database for one test class: an in-memory H2 in MariaDB mode (the embedded
 * default) or a new database on the MariaDB server named by {@code kb.test.db.url}. MariaDB must be
 * reachable: a test that needs it fails rather than skips.
 */
public final class TestDatabase implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final DataSource dataSource;
  private Runnable drop;
  private EntityManagerFactory emf;

  private TestDatabase(
      String url, String user, String password, DataSource dataSource, Runnable drop) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dataSource = dataSource;
    this.drop = drop;
  }

  /** Both databases the application runs on, as test arguments: a name and a factory. */
  public static Stream<Arguments> both() {
    return Stream.of(
        Arguments.of("MariaDB", (Supplier<TestDatabase>) TestDatabase::mariaDb),
        Arguments.of("H2 (embedded default)", (Supplier<TestDatabase>) TestDatabase::h2));
  }

  public static TestDatabase h2() {
    String url =
        "jdbc:h2:mem:kb"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    var h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    return new TestDatabase(
        url,
        "sa",
        "",
        h2,
        () -> {
          try (var c = h2.getConnection();
              var s = c.createStatement()) {
            s.execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** A new database on the test MariaDB server, dropped again by {@link #close()}. */
  public static TestDatabase mariaDb() {
    String serverUrl = MariaDbServer.url();
    String name = "kbtest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    MariaDbServer.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    String url = MariaDbServer.withDatabase(name);
    try {
      var ds = new MariaDbDataSource(url);
      ds.setUser(MariaDbServer.user());
      ds.setPassword(MariaDbServer.password());
      return new TestDatabase(
          url,
          MariaDbServer.user(),
          MariaDbServer.password(),
          ds,
          () -> MariaDbServer.execute("DROP DATABASE IF EXISTS " + name));
    } catch (SQLException e) {
      throw new IllegalStateException("Bad MariaDB URL " + serverUrl, e);
    }
  }

  /** This database stays when closed (a benchmark keeps what it loaded for the next one). */
  public TestDatabase kept() {
    drop = () -> {};
    return this;
  }

  public String url() {
    return url;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public TestDatabase migrated() {
    SchemaMigrations.migrate(dataSource);
    return this;
  }

  /** The application's persistence unit, outside the container, on this database. */
  public EntityManagerFactory entityManagerFactory() {
    if (emf == null) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      properties.put("jakarta.persistence.jtaDataSource", "");
      properties.put("jakarta.persistence.jdbc.url", url);
      properties.put("jakarta.persistence.jdbc.user", user);
      properties.put("jakarta.persistence.jdbc.password", password);
      properties.put(
          "jakarta.persistence.jdbc.driver",
          url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.mariadb.jdbc.Driver");
      emf = Persistence.createEntityManagerFactory("kunnskapsbase", properties);
    }
    return emf;
  }

  /** Runs a query returning one number, straight over JDBC. */
  public long count(String sql) {
    try (var c = DriverManager.getConnection(url, user, password);
        var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (emf != null) {
      emf.close();
    }
    drop.run();
  }
}
