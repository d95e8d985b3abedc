package no.arbeidoghelse.kunnskapsbase.search.index;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentFiles;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord.DocumentText;

/**
 * Reads what the index needs from the database, many items at a time with one query per table (the
 * index is rebuilt from here, so this must be fast: no query per item). Plain SQL rather than JPA:
 * read-only, and the entities' lazy collections would cost a query each. The kinds' own fields come
 * through the views of migration V6 ({@code search_record}, {@code search_record_text}); {@link
 * #checkContract} fails the start when the schema no longer answers what is read here.
 */
@ApplicationScoped
public class RecordSource {

  private static final Logger LOG = Logger.getLogger(RecordSource.class.getName());
  static final int BATCH = 500;

  /** The columns of the {@code search_record} view (migration V6) that the index reads. */
  static final String RECORD_COLUMNS =
      "id, kind, state, owner, language, title, title_en, summary, summary_en, created_at,"
          + " version, status, record_year, region, form";

  /** Document text kept for the index; longer texts are cut (extraction caps them anyway). */
  static final int MAX_DOCUMENT_CHARACTERS = 2_000_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject DocumentFiles files;
  private Function<String, Path> textFile;

  public RecordSource() {}

  /** Outside the container (tests, benchmarks). */
  public RecordSource(DataSource dataSource, Function<String, Path> textFile) {
    this.dataSource = dataSource;
    this.textFile = textFile;
  }

  private Path textFile(String documentId) {
    return textFile != null ? textFile.apply(documentId) : files.store().text(documentId);
  }

  /** The stamp of every item, to compare with the index. */
  public Map<String, Long> stamps() {
    Map<String, Long> versions = new HashMap<>();
    Map<String, List<String>> texts = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (var s =
              c.prepareStatement(
                  "SELECT id, version FROM item UNION ALL SELECT id, version FROM organisation");
          var rows = s.executeQuery()) {
        while (rows.next()) {
          versions.put(rows.getString(1), rows.getLong(2));
        }
      }
      try (var s = c.prepareStatement("SELECT item_id, id FROM document WHERE text_length > 0");
          var rows = s.executeQuery()) {
        while (rows.next()) {
          texts.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the items' versions: " + e.getMessage(), e);
    }
    Map<String, Long> stamps = new HashMap<>();
    versions.forEach((id, v) -> stamps.put(id, stamp(v, texts.getOrDefault(id, List.of()))));
    return stamps;
  }

  /**
   * Ids of the records an organisation's change touches: the organisation itself (it is searched
   * too) and every record that names it ({@code organisation_reference}, migration V11).
   */
  public List<String> recordsAffectedBy(String organisationId) {
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT id FROM organisation WHERE id = ? UNION SELECT item_id FROM"
                    + " organisation_reference WHERE organisation_id = ?")) {
      s.setString(1, organisationId);
      s.setString(2, organisationId);
      return firstColumn(s);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot list the records of an organisation: " + e.getMessage(), e);
    }
  }

  /**
   * Ids of all records (items and organisations) in id order, from after the given one (null: from
   * the start). Each table is read by its primary key and the two merged, rather than sorting their
   * union for every batch of a rebuild.
   */
  public List<String> idsAfter(String after, int limit) {
    List<String> items = idsAfter("item", after, limit);
    List<String> organisations = idsAfter("organisation", after, limit);
    List<String> merged = new ArrayList<>(items.size() + organisations.size());
    int i = 0;
    int o = 0;
    while (merged.size() < limit && (i < items.size() || o < organisations.size())) {
      boolean item =
          o >= organisations.size()
              || (i < items.size() && items.get(i).compareTo(organisations.get(o)) < 0);
      merged.add(item ? items.get(i++) : organisations.get(o++));
    }
    return merged;
  }

  private List<String> idsAfter(String table, String after, int limit) {
    String sql =
        after == null
            ? "SELECT id FROM " + table + " ORDER BY id LIMIT ?"
            : "SELECT id FROM " + table + " WHERE id > ? ORDER BY id LIMIT ?";
    try (Connection c = dataSource.getConnection();
        var s = c.prepareStatement(sql)) {
      int i = 1;
      if (after != null) {
        s.setString(i++, after);
      }
      s.setInt(i, limit);
      return firstColumn(s);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the records: " + e.getMessage(), e);
    }
  }

  private static List<String> firstColumn(PreparedStatement statement) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** The items with these ids that exist (in no particular order). */
  public List<IndexedRecord> load(Collection<String> ids) {
    List<IndexedRecord> records = new ArrayList<>();
    List<String> all = List.copyOf(new LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += BATCH) {
      records.addAll(loadBatch(all.subList(from, Math.min(all.size(), from + BATCH))));
    }
    return records;
  }

  private List<IndexedRecord> loadBatch(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      Map<String, Row> rows = items(c, ids);
      if (rows.isEmpty()) {
        return List.of();
      }
      addLists(c, rows, List.copyOf(rows.keySet()));
      return rows.values().stream().map(Row::toRecord).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read items for the index: " + e.getMessage(), e);
    }
  }

  /**
   * Asks every query of the index once, for no record: a view or column the schema no longer has
   * fails the start here, instead of the indexing later.
   */
  public void checkContract() {
    try (Connection c = dataSource.getConnection()) {
      List<String> none = List.of("");
      items(c, none);
      addLists(c, Map.of(), none);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The database does not answer what the search index reads (the views of migration V6"
              + " and the item tables): "
              + e.getMessage(),
          e);
    }
  }

  /** The records' lists (classification, owners, keywords, names, texts, documents). */
  private void addLists(Connection c, Map<String, Row> rows, List<String> found)
      throws SQLException {
    strings(
            c,
            "SELECT item_id, term FROM search_record_sector WHERE item_id IN",
            found,
            " ORDER BY item_id, term")
        .forEach((id, v) -> rows.get(id).sectors.addAll(v));
    strings(
            c,
            "SELECT item_id, term FROM search_record_level WHERE item_id IN",
            found,
            " ORDER BY item_id, term")
        .forEach((id, v) -> rows.get(id).levels.addAll(v));
    strings(
            c,
            "SELECT item_id, term FROM item_topic WHERE item_id IN",
            found,
            " ORDER BY item_id, term")
        .forEach((id, v) -> rows.get(id).topics.addAll(v));
    strings(
            c,
            "SELECT item_id, username FROM item_co_owner WHERE item_id IN",
            found,
            " ORDER BY item_id, username")
        .forEach((id, v) -> rows.get(id).owners.addAll(v));
    strings(
            c,
            "SELECT item_id, keyword FROM item_keyword WHERE item_id IN",
            found,
            " ORDER BY item_id, position")
        .forEach((id, v) -> rows.get(id).keywords.addAll(v));
    try (var s =
            prepare(
                c,
                "SELECT item_id, role, text FROM search_record_text WHERE item_id IN",
                found,
                " ORDER BY item_id, role, position");
        var r = s.executeQuery()) {
      while (r.next()) {
        Row row = rows.get(r.getString(1));
        addIfPresent("name".equals(r.getString(2)) ? row.names : row.details, r.getString(3));
      }
    }
    try (var s =
            prepare(
                c,
                "SELECT io.item_id, o.id, o.name, o.short_name FROM item_organisation io"
                    + " JOIN organisation o ON o.id = io.organisation_id WHERE io.item_id IN",
                found,
                "");
        var r = s.executeQuery()) {
      while (r.next()) {
        Row row = rows.get(r.getString(1));
        row.organisations.add(r.getString(2));
        row.names.add(r.getString(3));
        if (r.getString(4) != null) {
          row.names.add(r.getString(4));
        }
      }
    }
    try (var s =
            prepare(
                c,
                "SELECT item_id, id, language, text_length FROM document"
                    + " WHERE text_length > 0 AND item_id IN",
                found,
                " ORDER BY item_id, created_at, id");
        var r = s.executeQuery()) {
      while (r.next()) {
        String documentId = r.getString(2);
        String text = readText(documentId, r.getLong(4));
        rows.get(r.getString(1)).documents.add(new DocumentText(documentId, r.getString(3), text));
      }
    }
  }

  /**
   * The stored text, at most {@link #MAX_DOCUMENT_CHARACTERS}. Sized by the recorded length: an
   * item's documents are read again whenever it is indexed, so a buffer of the maximum size for
   * each would be megabytes of garbage per document.
   */
  private String readText(String documentId, long recordedLength) {
    try (Reader in = Files.newBufferedReader(textFile(documentId), StandardCharsets.UTF_8)) {
      var text = new StringBuilder((int) Math.min(recordedLength, MAX_DOCUMENT_CHARACTERS));
      char[] buffer = new char[8192];
      for (int n = in.read(buffer);
          n > 0 && text.length() < MAX_DOCUMENT_CHARACTERS;
          n = in.read(buffer)) {
        text.append(buffer, 0, Math.min(n, MAX_DOCUMENT_CHARACTERS - text.length()));
      }
      return text.toString();
    } catch (NoSuchFileException e) {
      LOG.warning(() -> "The text of document " + documentId + " is missing; indexed without it");
      return "";
    } catch (IOException e) {
      LOG.warning(() -> "Cannot read the text of document " + documentId + ": " + e);
      return "";
    }
  }

  private Map<String, Row> items(Connection c, List<String> ids) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (var s =
            prepare(c, "SELECT " + RECORD_COLUMNS + " FROM search_record WHERE id IN", ids, "");
        var r = s.executeQuery()) {
      while (r.next()) {
        Row row = new Row();
        row.id = r.getString("id");
        row.type = r.getString("kind");
        row.state = r.getString("state");
        row.owners.add(r.getString("owner"));
        row.language = r.getString("language");
        row.title = r.getString("title");
        row.titleEn = r.getString("title_en");
        row.summary = r.getString("summary");
        row.summaryEn = r.getString("summary_en");
        Timestamp created = r.getTimestamp("created_at");
        row.createdAt = created.toInstant();
        row.version = r.getLong("version");
        row.status = r.getString("status");
        int year = r.getInt("record_year");
        row.year = r.wasNull() ? null : Integer.valueOf(year);
        row.region = r.getString("region");
        row.form = r.getString("form");
        rows.put(row.id, row);
      }
    }
    return rows;
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null && !value.isBlank()) {
      list.add(value);
    }
  }

  private static Map<String, List<String>> strings(Connection c, String sql, List<String> ids)
      throws SQLException {
    return strings(c, sql, ids, "");
  }

  private static Map<String, List<String>> strings(
      Connection c, String sql, List<String> ids, String orderBy) throws SQLException {
    Map<String, List<String>> result = new TreeMap<>();
    try (var s = prepare(c, sql, ids, orderBy);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        result.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    }
    return result;
  }

  /** {@code sql} ends with "IN"; the id list and the rest are added. */
  private static PreparedStatement prepare(Connection c, String sql, List<String> ids, String rest)
      throws SQLException {
    var s =
        c.prepareStatement(
            sql
                + " ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
                + ")"
                + rest);
    for (int i = 0; i < ids.size(); i++) {
      s.setString(i + 1, ids.get(i));
    }
    return s;
  }

  /**
   * The stamp of an item: its version, and which of its documents have text. Any change to the item
   * raises the version; a document gaining or losing text changes the set.
   */
  static long stamp(long version, Collection<String> textDocumentIds) {
    long documents = 0;
    for (String id : textDocumentIds) {
      documents += id.hashCode() * 0x9E3779B97F4A7C15L;
    }
    return version * 1_000_003L + documents;
  }

  private static final class Row {
    String id;
    String type;
    String state;
    final Set<String> owners = new LinkedHashSet<>();
    String language;
    String title;
    String titleEn;
    String summary;
    String summaryEn;
    java.time.Instant createdAt;
    long version;
    String status;
    Integer year;
    String region;
    String form;
    final List<String> details = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final Set<String> sectors = new LinkedHashSet<>();
    final Set<String> levels = new LinkedHashSet<>();
    final Set<String> topics = new LinkedHashSet<>();
    final Set<String> organisations = new LinkedHashSet<>();
    final List<DocumentText> documents = new ArrayList<>();

    IndexedRecord toRecord() {
      return new IndexedRecord(
          id,
          type,
          state,
          Set.copyOf(owners),
          language,
          title,
          titleEn,
          summary,
          summaryEn,
          List.copyOf(details),
          List.copyOf(keywords),
          List.copyOf(names),
          java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sectors)),
          java.util.Collections.unmodifiableSet(new LinkedHashSet<>(levels)),
          java.util.Collections.unmodifiableSet(new LinkedHashSet<>(topics)),
          java.util.Collections.unmodifiableSet(new LinkedHashSet<>(organisations)),
          status,
          year,
          region,
          form,
          createdAt,
          stamp(version, documents.stream().map(DocumentText::id).toList()),
          List.copyOf(documents));
    }
  }
}
