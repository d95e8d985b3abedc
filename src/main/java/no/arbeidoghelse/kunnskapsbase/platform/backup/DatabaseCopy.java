package no.arbeidoghelse.kunnskapsbase.platform.backup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies the registry's tables out of and into a database, whichever it is (the embedded H2 or
 * MariaDB): one file per table, a JSON array per row after a first line naming the columns. Values
 * keep their database meaning: timestamps as written (no time zone applied), binary as Base64. A
 * table's checksum does not depend on the order of its rows, so a copy restored into another
 * database compares equal.
 */
final class DatabaseCopy {

  /**
   * Tables not copied: the migrations' own record (the restore migrates), and state that is derived
   * or lives minutes (index change log, sign-ins under way, throttle counters, job leases).
   */
  static final Set<String> LEFT_OUT =
      Set.of(
          "flyway_schema_history",
          "search_change",
          "sign_on_pending",
          "sign_in_failure",
          "job_lease");

  private static final int BATCH = 500;

  private DatabaseCopy() {}

  /** What a table's copy holds. */
  record TableCopy(String table, long rows, String checksum) {}

  /** The registry's tables in this database, in lower case, sorted. */
  static List<String> tables(Connection c) throws SQLException {
    var names = new ArrayList<String>();
    try (ResultSet rows =
        c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!LEFT_OUT.contains(name)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** Writes every row of {@code table} as read by {@code c} (in its transaction). */
  static TableCopy write(Connection c, String table, Writer out) throws SQLException, IOException {
    var sum = new Checksum();
    long rows = 0;
    try (var s = c.createStatement();
        ResultSet result = s.executeQuery("SELECT * FROM " + table)) {
      var meta = result.getMetaData();
      int columns = meta.getColumnCount();
      JsonArrayBuilder names = Json.createArrayBuilder();
      for (int i = 1; i <= columns; i++) {
        names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
      }
      out.write(names.build().toString());
      out.write('\n');
      while (result.next()) {
        JsonArrayBuilder row = Json.createArrayBuilder();
        for (int i = 1; i <= columns; i++) {
          row.add(read(result, i, meta.getColumnType(i)));
        }
        String line = row.build().toString();
        sum.add(line);
        out.write(line);
        out.write('\n');
        rows++;
      }
    }
    return new TableCopy(table, rows, sum.value());
  }

  /** Reads a table's copy into {@code c} (the caller commits); answers what was read. */
  static TableCopy read(Connection c, String table, BufferedReader in)
      throws SQLException, IOException {
    String header = in.readLine();
    if (header == null) {
      throw new IllegalStateException("The copy of table " + table + " is empty");
    }
    JsonArray names = parse(header);
    Map<String, Integer> types = columnTypes(c, table);
    List<String> columns =
        names.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    for (String column : columns) {
      if (!types.containsKey(column)) {
        throw new IllegalStateException("Table " + table + " has no column " + column);
      }
    }
    String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    var sum = new Checksum();
    long rows = 0;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + marks
                + ")")) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonArray row = parse(line);
        for (int i = 0; i < columns.size(); i++) {
          bind(insert, i + 1, row.get(i), types.get(columns.get(i)));
        }
        insert.addBatch();
        sum.add(line);
        if (++rows % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return new TableCopy(table, rows, sum.value());
  }

  /** Identity columns continue after the highest value restored (H2 does not do it by itself). */
  static void continueIdentities(Connection c, String table) throws SQLException {
    if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
      return; // MariaDB moves AUTO_INCREMENT past every value inserted
    }
    for (var column : identityColumns(c, table)) {
      long next;
      try (var s = c.createStatement();
          var max = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
        max.next();
        next = max.getLong(1);
      }
      try (var s = c.createStatement()) {
        s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
      }
    }
  }

  private static List<String> identityColumns(Connection c, String table) throws SQLException {
    var columns = new ArrayList<String>();
    try (var rows = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
      while (rows.next()) {
        if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
          columns.add(rows.getString("COLUMN_NAME"));
        }
      }
    }
    return columns;
  }

  private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
    var types = new LinkedHashMap<String, Integer>();
    try (var s = c.createStatement();
        var result = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      var meta = result.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
      }
    }
    return types;
  }

  private static JsonValue read(ResultSet result, int column, int type) throws SQLException {
    JsonValue value =
        switch (type) {
          case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
            long number = result.getLong(column);
            yield Json.createValue(number);
          }
          case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
            var number = result.getBigDecimal(column);
            yield number == null ? JsonValue.NULL : Json.createValue(number);
          }
          case Types.BOOLEAN, Types.BIT -> {
            boolean truth = result.getBoolean(column);
            yield truth ? JsonValue.TRUE : JsonValue.FALSE;
          }
          case Types.DATE -> text(result.getObject(column, LocalDate.class));
          case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
              text(result.getObject(column, LocalDateTime.class));
          case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
            byte[] bytes = result.getBytes(column);
            yield bytes == null
                ? JsonValue.NULL
                : Json.createValue(Base64.getEncoder().encodeToString(bytes));
          }
          default -> text(result.getString(column));
        };
    return result.wasNull() ? JsonValue.NULL : value;
  }

  private static JsonValue text(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }

  private static void bind(PreparedStatement insert, int index, JsonValue value, int type)
      throws SQLException {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      insert.setNull(index, type);
      return;
    }
    switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
          insert.setLong(index, ((JsonNumber) value).longValueExact());
      case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL ->
          insert.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
      case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value == JsonValue.TRUE);
      case Types.DATE -> insert.setObject(index, LocalDate.parse(string(value)));
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          insert.setObject(index, LocalDateTime.parse(string(value)));
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          insert.setBytes(index, Base64.getDecoder().decode(string(value)));
      default -> insert.setString(index, string(value));
    }
  }

  private static String string(JsonValue value) {
    return ((JsonString) value).getString();
  }

  private static JsonArray parse(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return reader.readArray();
    }
  }

  /** SHA-256 of each row, added up (mod 2^256): the same for the same rows in any order. */
  private static final class Checksum {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
    private final MessageDigest digest;
    private BigInteger total = BigInteger.ZERO;

    Checksum() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(String line) {
      total =
          total
              .add(new BigInteger(1, digest.digest(line.getBytes(StandardCharsets.UTF_8))))
              .mod(MODULUS);
    }

    String value() {
      byte[] bytes = total.toByteArray();
      byte[] fixed = new byte[32];
      int length = Math.min(bytes.length, 32);
      System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
      return HexFormat.of().formatHex(fixed);
    }
  }
}
