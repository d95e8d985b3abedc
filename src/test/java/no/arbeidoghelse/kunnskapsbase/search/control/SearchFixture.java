package no.arbeidoghelse.kunnskapsbase.search.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordDocuments;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/** A real index in a temporary directory, filled with records built in the test. */
public final class SearchFixture implements AutoCloseable {

  public static final Taxonomy TAXONOMY = new Taxonomy();
  public static final IndexSchema SCHEMA =
      new IndexSchema(IndexConfiguration.load(new IndexConfigFiles(Optional.empty()), TAXONOMY));

  public final SearchIndex index;
  final RecordSearch search;
  private int created;

  public SearchFixture(Path directory) throws IOException {
    index =
        new SearchIndex(
            directory,
            SCHEMA,
            new RecordDocuments(SCHEMA, TAXONOMY),
            Thread.ofPlatform().daemon().factory());
    index.open();
    search = new RecordSearch(index, SCHEMA);
  }

  /** A published record with sensible defaults; change what a test needs with {@link Builder}. */
  public Builder record(String id) {
    return new Builder(id);
  }

  public final class Builder {
    String id;
    String type = "publication";
    String state = "published";
    String owner = "editor";
    String language = "nb";
    String title = "Uten tittel";
    String titleEn;
    String summary;
    String summaryEn;
    List<String> details = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> sectors = Set.of();
    Set<String> levels = Set.of();
    Set<String> topics = Set.of();
    Set<String> organisations = Set.of();
    String status;
    Integer year = 2024;
    List<IndexedRecord.DocumentText> documents = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder summary(String value) {
      summary = value;
      return this;
    }

    public Builder language(String value) {
      language = value;
      return this;
    }

    public Builder type(String value) {
      type = value;
      return this;
    }

    public Builder state(String value, String byOwner) {
      state = value;
      owner = byOwner;
      return this;
    }

    public Builder year(Integer value) {
      year = value;
      return this;
    }

    public Builder status(String value) {
      status = value;
      return this;
    }

    public Builder sectors(String... values) {
      sectors = Set.of(values);
      return this;
    }

    public Builder levels(String... values) {
      levels = Set.of(values);
      return this;
    }

    public Builder topics(String... values) {
      topics = Set.of(values);
      return this;
    }

    public Builder organisations(String... values) {
      organisations = Set.of(values);
      return this;
    }

    public Builder details(String... values) {
      details.addAll(List.of(values));
      return this;
    }

    public Builder keywords(String... values) {
      keywords = List.of(values);
      return this;
    }

    public Builder document(String language, String text) {
      documents.add(new IndexedRecord.DocumentText(id + "-doc" + documents.size(), language, text));
      return this;
    }

    public IndexedRecord build() {
      return new IndexedRecord(
          id,
          type,
          state,
          java.util.Set.of(owner),
          language,
          title,
          titleEn,
          summary,
          summaryEn,
          details,
          keywords,
          names,
          sectors,
          levels,
          topics,
          organisations,
          status,
          year,
          null,
          null,
          Instant.parse("2025-01-01T00:00:00Z").plusSeconds(created++),
          1,
          documents);
    }

    public void add() throws IOException {
      index.update(List.of(build()), List.of());
      index.refresh();
    }
  }

  public SearchRequest.Result search(String text) throws IOException {
    return search(request(text, Map.of()), Caller.ANONYMOUS);
  }

  public SearchRequest.Result search(SearchRequest request, Caller caller) throws IOException {
    return search.search(request, caller);
  }

  public static SearchRequest request(String text, Map<FacetName, Set<String>> selected) {
    return new SearchRequest(
        text, selected, Set.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 100, "nb");
  }

  public List<String> ids(String text) throws IOException {
    return search(text).hits().stream().map(SearchRequest.Hit::id).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
