package no.arbeidoghelse.kunnskapsbase.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a record into the Lucene document that represents it in the index. */
public final class RecordDocuments {

  /**
   * Text that snippets are cut from: stored, with offsets in the postings for fast highlighting.
   */
  private static final FieldType SNIPPET_TEXT = new FieldType();

  /** The indexed part of {@link #SNIPPET_TEXT}, for text analysed beforehand. */
  private static final FieldType SNIPPET_INDEXED = new FieldType();

  /** Positions between two texts in the catch-all field, so that no phrase spans them. */
  private static final int CATCH_ALL_GAP = 100;

  /** Searched text not shown in snippets. */
  private static final FieldType SEARCHED_TEXT = new FieldType();

  static {
    SNIPPET_TEXT.setTokenized(true);
    SNIPPET_TEXT.setStored(true);
    SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SNIPPET_TEXT.freeze();
    SNIPPET_INDEXED.setTokenized(true);
    SNIPPET_INDEXED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SNIPPET_INDEXED.freeze();
    SEARCHED_TEXT.setTokenized(true);
    SEARCHED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    SEARCHED_TEXT.freeze();
  }

  private final IndexSchema schema;
  private final Map<String, String> parentTopics = new HashMap<>();

  public RecordDocuments(IndexSchema schema, Taxonomy taxonomy) {
    this.schema = schema;
    collectParents(taxonomy.definition().scheme(TaxonomyScheme.TOPIC), null);
  }

  private void collectParents(List<TaxonomyTerm> terms, String parent) {
    for (TaxonomyTerm term : terms) {
      if (parent != null) {
        parentTopics.put(term.key(), parent);
      }
      collectParents(term.children(), term.key());
    }
  }

  /**
   * The topics and all their broader topics, so that a parent topic finds its children's records.
   */
  Set<String> withBroaderTopics(Set<String> topics) {
    Set<String> all = new LinkedHashSet<>();
    for (String topic : topics) {
      for (String t = topic; t != null && all.add(t); t = parentTopics.get(t)) {}
    }
    return all;
  }

  public Document document(IndexedRecord record) throws IOException {
    var configuration = schema.configuration();
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, record.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(record.id())));
    doc.add(new NumericDocValuesField(IndexSchema.STAMP, record.stamp()));
    doc.add(new StringField(IndexSchema.TYPE, record.type(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.STATE, record.state(), Field.Store.NO));
    for (String owner : record.owners()) {
      doc.add(new StringField(IndexSchema.OWNER, owner, Field.Store.NO));
    }
    doc.add(new StringField(IndexSchema.LANGUAGE, record.language(), Field.Store.YES));
    doc.add(new StoredField(IndexSchema.TITLE, record.title()));
    doc.add(new NumericDocValuesField(IndexSchema.CREATED, record.createdAt().toEpochMilli()));
    record
        .organisationIds()
        .forEach(id -> doc.add(new StringField(IndexSchema.ORGANISATION, id, Field.Store.NO)));
    if (record.year() != null) {
      doc.add(new IntPoint(IndexSchema.YEAR, record.year()));
      doc.add(new StoredField(IndexSchema.YEAR, record.year()));
    }
    // A field must look the same in every document, so sorting has its own field, set in all.
    doc.add(
        new NumericDocValuesField(
            IndexSchema.YEAR_SORT, record.year() == null ? 0 : record.year()));
    record.sectors().forEach(v -> doc.add(new StoredField(IndexSchema.SECTORS, v)));
    record.levelsOfCare().forEach(v -> doc.add(new StoredField(IndexSchema.LEVELS, v)));
    record.topics().forEach(v -> doc.add(new StoredField(IndexSchema.TOPICS, v)));

    facet(doc, FacetName.TYPE, record.type());
    record.sectors().forEach(v -> facet(doc, FacetName.SECTOR, v));
    record.levelsOfCare().forEach(v -> facet(doc, FacetName.LEVEL, v));
    withBroaderTopics(record.topics()).forEach(v -> facet(doc, FacetName.TOPIC, v));
    facet(doc, FacetName.STATUS, record.status());
    facet(doc, FacetName.LANGUAGE, record.language());
    facet(doc, FacetName.YEAR, record.year() == null ? null : record.year().toString());
    facet(doc, FacetName.REGION, record.region());
    facet(doc, FacetName.FORM, record.form());

    String own = analyzer(record.language(), configuration.languageAnalyzers().iterator().next());
    String english = analyzer("en", own);
    var describing = new DescribingText(doc);
    describing.add(TextField.TITLE, own, record.title(), false);
    describing.add(TextField.SUMMARY, own, record.summary(), true);
    record.details().forEach(d -> describing.add(TextField.DETAILS, own, d, true));
    record.keywords().forEach(k -> describing.add(TextField.KEYWORDS, own, k, false));
    describing.add(TextField.TITLE, english, record.titleEn(), false);
    describing.add(TextField.SUMMARY, english, record.summaryEn(), true);
    describing.addCatchAll();
    for (var document : record.documents()) {
      text(
          doc,
          TextField.DOCUMENTS.field(analyzer(document.language(), own)),
          document.text(),
          SNIPPET_TEXT);
    }
    record.names().forEach(n -> text(doc, TextField.NAMES.key(), n, SEARCHED_TEXT));

    if (record.isPublished()) {
      for (String text :
          new String[] {record.title(), record.titleEn(), record.summary(), record.summaryEn()}) {
        text(doc, IndexSchema.SPELL, text, SEARCHED_TEXT);
      }
      record.keywords().forEach(k -> text(doc, IndexSchema.SPELL, k, SEARCHED_TEXT));
      record.names().forEach(n -> text(doc, IndexSchema.SPELL, n, SEARCHED_TEXT));
      record.details().forEach(d -> text(doc, IndexSchema.SPELL, d, SEARCHED_TEXT));
      record.documents().forEach(d -> text(doc, IndexSchema.SPELL, d.text(), SEARCHED_TEXT));
      text(doc, IndexSchema.TITLE_WORDS, record.title(), SEARCHED_TEXT);
      text(doc, IndexSchema.TITLE_WORDS, record.titleEn(), SEARCHED_TEXT);
    }
    return schema.facets().build(doc);
  }

  private String analyzer(String language, String fallback) {
    String base =
        language == null ? null : language.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    return schema.configuration().analyzerFor(base).orElse(fallback);
  }

  private static void facet(Document doc, FacetName facet, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
    }
  }

  /**
   * The descriptive text fields (title, keywords, summary, details) of a record, each analysed once
   * and indexed in its own field (for ranking and snippets) and in the catch-all field of its
   * analyzer (for finding and counting, which then search one field instead of four).
   */
  private final class DescribingText {
    private final Document doc;
    private final Map<String, List<AnalysedText>> byAnalyzer = new LinkedHashMap<>();

    DescribingText(Document doc) {
      this.doc = doc;
    }

    void add(TextField part, String analyzer, String value, boolean snippets) {
      if (value == null || value.isBlank()) {
        return;
      }
      String field = part.field(analyzer);
      AnalysedText analysed;
      try {
        analysed = AnalysedText.of(schema.indexAnalyzer(), field, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (snippets) {
        doc.add(new StoredField(field, value));
      }
      doc.add(new Field(field, analysed.tokens(), snippets ? SNIPPET_INDEXED : SEARCHED_TEXT));
      byAnalyzer.computeIfAbsent(analyzer, a -> new ArrayList<>()).add(analysed);
    }

    /**
     * Every record gets the catch-all field of every language analyzer, empty if need be: a field
     * that all records have keeps its length norms in a plain array, which is much faster to read
     * while scoring than the sparse form Lucene uses for a field that some records lack.
     */
    void addCatchAll() {
      for (String analyzer : schema.configuration().languageAnalyzers()) {
        doc.add(
            new Field(
                IndexSchema.anyText(analyzer),
                AnalysedText.joined(byAnalyzer.getOrDefault(analyzer, List.of()), CATCH_ALL_GAP),
                SEARCHED_TEXT));
      }
    }
  }

  private static void text(Document doc, String field, String value, FieldType type) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, type));
    }
  }
}
