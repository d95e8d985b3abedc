package no.arbeidoghelse.kunnskapsbase.search.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.launcher.Launcher;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexConfiguration;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import no.arbeidoghelse.kunnskapsbase.search.schema.WrittenStandardsFilterFactory;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * The application's one Lucene index: its schema (from {@code index-config/}) and its files in
 * {@code KB_SEARCH_INDEX_DIR}. {@link RecordIndexer} opens it at start and keeps it up to date;
 * searching, suggesting and the related records read it through here.
 */
@ApplicationScoped
public class LuceneIndex {

  private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());

  @Inject Taxonomy taxonomy;
  @Inject ManagedThreads threads;

  private volatile IndexSchema schema;
  private volatile SearchIndex index;

  /** Opens the index files; the answer says whether they must be rebuilt from the database. */
  SearchIndex.OpenResult open() throws IOException {
    WrittenStandardsFilterFactory.keepTablesIn(
        Optional.ofNullable(System.getProperty(Launcher.DERIVED_FILES))
            .map(Path::of)
            .orElse(Settings.searchIndexDir().resolveSibling("search-tables")));
    schema = new IndexSchema(IndexConfiguration.load(IndexConfigFiles.configured(), taxonomy));
    index =
        new SearchIndex(
            Settings.searchIndexDir(),
            schema,
            new RecordDocuments(schema, taxonomy),
            threads.named("search-index-writer"));
    return index.open();
  }

  public boolean isOpen() {
    return index != null && index.isOpen();
  }

  public SearchIndex index() {
    return index;
  }

  public IndexSchema schema() {
    return schema;
  }

  /**
   * Searches from now on read queries with these synonym rules (by analyzer) besides the packed
   * ones; searches under way finish with the schema they started with.
   */
  void useVocabulary(java.util.Map<String, String> rulesByAnalyzer) {
    schema = schema.withVocabulary(rulesByAnalyzer);
    index.parsedQueries().clear();
  }

  @PreDestroy
  synchronized void close() {
    if (index != null) {
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Closing the search index failed", e);
      }
      index = null;
    }
  }
}
