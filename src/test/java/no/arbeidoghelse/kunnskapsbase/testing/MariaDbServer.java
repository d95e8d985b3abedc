package no.arbeidoghelse.kunnskapsbase.testing;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The MariaDB server the tests use: {@code kb.test.db.url}/{@code -user}/{@code -password} (default
 * 127.0.0.1:3306, root, empty). Not reachable is a test failure with a hint, never a skip.
 */
public final class MariaDbServer {

  private MariaDbServer() {}

  public static String url() {
    return System.getProperty("kb.test.db.url", "jdbc:mariadb://127.0.0.1:3306/test");
  }

  public static String user() {
    return System.getProperty("kb.test.db.user", "root");
  }

  public static String password() {
    return System.getProperty("kb.test.db.password", "");
  }

  /** The server URL with another database name. */
  public static String withDatabase(String name) {
    String url = url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }

  public static void execute(String sql) {
    try (var c = DriverManager.getConnection(url(), user(), password());
        var s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MariaDB at "
              + url()
              + " is required for this test and could not be used ("
              + e.getMessage()
              + "). Start it (see README) or point -Dkb.test.db.url at one.",
          e);
    }
  }
}
