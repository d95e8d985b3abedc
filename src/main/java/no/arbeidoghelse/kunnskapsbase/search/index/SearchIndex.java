package no.arbeidoghelse.kunnskapsbase.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.facet.FacetDocSets;
import no.arbeidoghelse.kunnskapsbase.search.query.ParsedQueries;
import no.arbeidoghelse.kunnskapsbase.search.query.SpellingCorrections;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index on disk: one generation in use at a time ({@code gen-N} directories, the one in
 * use named by the file {@code current}). Updates are visible to searches after {@link #refresh}; a
 * rebuild writes a new generation while searches go on in the old one, then swaps them.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  static final String SCHEMA_VERSION = "schemaVersion";
  static final String CONFIG_FINGERPRINT = "configFingerprint";

  /** What opening found; anything but {@code USABLE} means the index must be rebuilt. */
  public record OpenResult(boolean usable, String reason) {}

  /** A searcher and the facet state of its reader, to be released after use. */
  public record Snapshot(IndexSearcher searcher) {}

  private final Path root;
  private final IndexSchema schema;
  private final RecordDocuments documents;
  private final ThreadFactory writers;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile Generation current;
  private volatile Set<String> changedDuringRebuild;
  private final FacetDocSets facetDocSets = new FacetDocSets(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
  private final SpellingCorrections spellingCorrections = new SpellingCorrections();
  private final ParsedQueries parsedQueries = new ParsedQueries();

  private record Generation(
      Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    void close() throws IOException {
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  /** {@code writers} makes the threads that write a rebuild in parallel. */
  public SearchIndex(
      Path root, IndexSchema schema, RecordDocuments documents, ThreadFactory writers) {
    this.root = root;
    this.schema = schema;
    this.documents = documents;
    this.writers = writers;
  }

  /**
   * Opens the generation in use. When it is missing, unreadable, of another schema version or built
   * with another configuration, an empty new generation is opened instead and the answer says why:
   * the caller then rebuilds it.
   */
  public OpenResult open() throws IOException {
    Files.createDirectories(root);
    Optional<String> name = currentName();
    String problem = null;
    if (name.isEmpty()) {
      problem = "there is no index yet";
    } else {
      Path path = root.resolve(name.get());
      try (var directory = FSDirectory.open(path)) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (!String.valueOf(IndexSchema.VERSION).equals(data.get(SCHEMA_VERSION))) {
          problem =
              "the index has schema version "
                  + data.get(SCHEMA_VERSION)
                  + ", the application "
                  + IndexSchema.VERSION;
        } else if (!schema.configuration().fingerprint().equals(data.get(CONFIG_FINGERPRINT))) {
          problem = "index-config/ changed since the index was built";
        } else {
          verify(directory);
        }
      } catch (IOException | RuntimeException e) {
        problem =
            "the index cannot be read ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ")";
      }
      if (problem == null) {
        current = openGeneration(path);
      }
    }
    if (problem != null) {
      current = openGeneration(newGenerationPath());
      commit(current);
      makeCurrent(current.path());
    }
    removeUnusedGenerations();
    return new OpenResult(problem == null, problem);
  }

  /**
   * Reads every file of the index to the end and compares its checksum: opening an index reads only
   * a little of each file, so a damaged segment would otherwise open fine and fail the searches
   * that reach it.
   */
  private static void verify(FSDirectory directory) throws IOException {
    try (var reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    }
  }

  /** Whether a failure comes from a damaged or missing index file (rather than a bug). */
  public static boolean isDamage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.apache.lucene.index.CorruptIndexException
          || cause instanceof org.apache.lucene.index.IndexFormatTooOldException
          || cause instanceof org.apache.lucene.index.IndexFormatTooNewException
          || cause instanceof java.io.EOFException
          || cause instanceof NoSuchFileException
          || cause instanceof java.io.FileNotFoundException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  public boolean isOpen() {
    return current != null;
  }

  /** Writes these records (replacing their earlier versions) and removes the given ids. */
  public void update(Collection<IndexedRecord> records, Collection<String> removedIds)
      throws IOException {
    writeLock.lock();
    try {
      write(current.writer(), records, removedIds);
      var changed = changedDuringRebuild;
      if (changed != null) {
        records.forEach(r -> changed.add(r.id()));
        changed.addAll(removedIds);
      }
    } finally {
      writeLock.unlock();
    }
  }

  private void write(
      IndexWriter writer, Collection<IndexedRecord> records, Collection<String> removedIds)
      throws IOException {
    for (IndexedRecord record : records) {
      Term id = new Term(IndexSchema.ID, record.id());
      try {
        writer.updateDocument(id, documents.document(record));
      } catch (IllegalArgumentException e) {
        // One record Lucene refuses must not keep the others out of the index.
        LOG.log(java.util.logging.Level.SEVERE, "Cannot index record " + record.id(), e);
        writer.deleteDocuments(id);
      }
    }
    for (String id : removedIds) {
      writer.deleteDocuments(new Term(IndexSchema.ID, id));
    }
  }

  /**
   * Writes the batches with one thread per processor: analysis is most of indexing and IndexWriter
   * takes documents from several threads at once, so a rebuild on two cores takes about half the
   * time. The batches are read on the calling thread (which may hold the database's context), at
   * most two per writing thread ahead of the writing.
   *
   * @return the number of records written
   */
  private long writeOnEveryProcessor(
      IndexWriter writer, java.util.function.Supplier<List<IndexedRecord>> batches)
      throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    var ahead = new Semaphore(2 * threads);
    var pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), writers);
    List<Future<?>> written = new ArrayList<>();
    long count = 0;
    try {
      for (List<IndexedRecord> next = batches.get(); !next.isEmpty(); next = batches.get()) {
        var batch = next;
        ahead.acquire();
        written.add(
            pool.submit(
                () -> {
                  try {
                    write(writer, batch, List.of());
                  } finally {
                    ahead.release();
                  }
                  return null;
                }));
        count += batch.size();
        for (var done = written.iterator(); done.hasNext(); ) {
          var future = done.next();
          if (future.isDone()) {
            succeeded(future);
            done.remove();
          }
        }
      }
      for (Future<?> future : written) {
        succeeded(future);
      }
      return count;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rebuilding the search index", e);
    } finally {
      // Writes not started are dropped; those under way finish: a thread interrupted while it
      // writes makes Lucene give up on the whole index writer.
      written.forEach(future -> future.cancel(false));
      pool.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for a write and passes on its failure. */
  private static void succeeded(Future<?> future) throws IOException, InterruptedException {
    try {
      future.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Makes everything written so far visible to new searches. */
  public void refresh() throws IOException {
    current.searchers().maybeRefreshBlocking();
  }

  /** Makes everything written so far durable. */
  public void commit() throws IOException {
    writeLock.lock();
    try {
      commit(current);
    } finally {
      writeLock.unlock();
    }
  }

  private void commit(Generation generation) throws IOException {
    generation
        .writer()
        .setLiveCommitData(
            Map.of(
                    SCHEMA_VERSION,
                    String.valueOf(IndexSchema.VERSION),
                    CONFIG_FINGERPRINT,
                    schema.configuration().fingerprint())
                .entrySet());
    generation.writer().commit();
  }

  /**
   * Builds a new generation from all records, while searches and updates go on in the one in use;
   * records that change meanwhile are written again before the new generation takes over.
   *
   * @param batches gives the records in batches, an empty list at the end
   * @param loader reads records by id (those that no longer exist are left out)
   * @return the number of records indexed
   */
  public long rebuild(
      java.util.function.Supplier<List<IndexedRecord>> batches,
      Function<Collection<String>, List<IndexedRecord>> loader)
      throws IOException {
    changedDuringRebuild = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Generation fresh = openGeneration(newGenerationPath());
    long count;
    try {
      count = writeOnEveryProcessor(fresh.writer(), batches);
      writeLock.lock();
      try {
        Set<String> changed = new HashSet<>(changedDuringRebuild);
        var reloaded = loader.apply(changed);
        reloaded.forEach(r -> changed.remove(r.id()));
        write(fresh.writer(), reloaded, changed);
        commit(fresh);
        fresh.searchers().maybeRefreshBlocking();
        Generation old = current;
        makeCurrent(fresh.path());
        current = fresh;
        changedDuringRebuild = null;
        old.close();
      } finally {
        writeLock.unlock();
      }
    } catch (IOException | RuntimeException e) {
      changedDuringRebuild = null;
      if (current != fresh) {
        try {
          fresh.close();
          deleteTree(fresh.path());
        } catch (IOException | RuntimeException cleaning) {
          e.addSuppressed(cleaning); // the first failure is the one to report
        }
      }
      throw e;
    }
    removeUnusedGenerations();
    mergeToOneSegment(fresh);
    return count;
  }

  /**
   * Merges the rebuilt generation into one segment in the background, for searches to use once it
   * is done: each search then looks every word up, and scores, once rather than once per segment
   * (100k records: 7 segments merged in 5–10 s, and searches took a quarter less processor time).
   * Changes add small segments, merged as usual.
   */
  private void mergeToOneSegment(Generation generation) {
    writers
        .newThread(
            () -> {
              try {
                generation.writer().forceMerge(1);
                writeLock.lock();
                try {
                  if (current == generation) {
                    commit(generation);
                    generation.searchers().maybeRefreshBlocking();
                  }
                } finally {
                  writeLock.unlock();
                }
              } catch (IOException | RuntimeException e) {
                // closed meanwhile (a newer rebuild, shutdown), or a merge that failed: the
                // generation searches as it is
                LOG.log(java.util.logging.Level.INFO, "Search index not merged: " + e, e);
              }
            })
        .start();
  }

  public boolean isRebuilding() {
    return changedDuringRebuild != null;
  }

  /** The stamp of every record in the index, by id. */
  public Map<String, Long> stamps() throws IOException {
    var searchers = current.searchers();
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, Long> stamps = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
        NumericDocValues values = leaf.reader().getNumericDocValues(IndexSchema.STAMP);
        if (ids == null || values == null) {
          continue;
        }
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc))
              && ids.advanceExact(doc)
              && values.advanceExact(doc)) {
            stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), values.longValue());
          }
        }
      }
      return stamps;
    } finally {
      searchers.release(searcher);
    }
  }

  /** A searcher for one search; pass it to {@link #release} afterwards. */
  public Snapshot acquire() throws IOException {
    return new Snapshot(current.searchers().acquire());
  }

  public void release(Snapshot snapshot) throws IOException {
    // The searcher may belong to a generation swapped out meanwhile: release decrements its
    // reader's reference either way, which is what lets the old reader close.
    snapshot.searcher().getIndexReader().decRef();
  }

  /** The facet values of the segments searched, kept while they live. */
  public FacetDocSets facetDocSets() {
    return facetDocSets;
  }

  /** Queries parsed from people's text, for the next search of the same text. */
  public ParsedQueries parsedQueries() {
    return parsedQueries;
  }

  /** Spelling corrections, remembered while the index does not change. */
  public SpellingCorrections spellingCorrections() {
    return spellingCorrections;
  }

  public int count() throws IOException {
    Snapshot snapshot = acquire();
    try {
      return snapshot.searcher().getIndexReader().numDocs();
    } finally {
      release(snapshot);
    }
  }

  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      if (current != null) {
        commit(current);
        current.close();
        current = null;
      }
    } finally {
      writeLock.unlock();
    }
  }

  private Generation openGeneration(Path path) throws IOException {
    Files.createDirectories(path);
    FSDirectory directory = FSDirectory.open(path);
    try {
      var config = new IndexWriterConfig(schema.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      var ranking = schema.configuration().ranking();
      var similarity = new BM25Similarity(ranking.k1(), ranking.b());
      var searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                  var searcher = new IndexSearcher(reader);
                  searcher.setSimilarity(similarity);
                  return searcher;
                }
              });
      return new Generation(path, directory, writer, searchers);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private Optional<String> currentName() throws IOException {
    try {
      String name = Files.readString(root.resolve("current"), StandardCharsets.UTF_8).trim();
      return name.matches("gen-\\d+") && Files.isDirectory(root.resolve(name))
          ? Optional.of(name)
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private void makeCurrent(Path generation) throws IOException {
    Path temp = root.resolve("current.tmp");
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    try (var channel =
        java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(
        temp,
        root.resolve("current"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private Path newGenerationPath() throws IOException {
    long highest = 0;
    try (Stream<Path> entries = Files.list(root)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (name.matches("gen-\\d+")) {
          highest = Math.max(highest, Long.parseLong(name.substring(4)));
        }
      }
    }
    return root.resolve(String.format("gen-%06d", highest + 1));
  }

  /** Generations left behind by a rebuild that was swapped out or interrupted. */
  private void removeUnusedGenerations() throws IOException {
    Path inUse = current == null ? null : current.path();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (p.getFileName().toString().matches("gen-\\d+") && !p.equals(inUse) && !isRebuilding()) {
          LOG.fine(() -> "Removing unused index generation " + p);
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
