package no.arbeidoghelse.kunnskapsbase.search.relevance;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.search.relevance.RelevanceMetrics.Scores;
import no.arbeidoghelse.kunnskapsbase.testing.RunningApp;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Relevance of the application's search against plain Lucene BM25, on standard English test
 * collections (MEDLINE, CACM): each collection's documents are loaded through the API as English
 * publications (title, abstract, keywords, authors) into a fresh application, and its queries run
 * through {@code GET /api/v1/search}; the same texts go into a plain Lucene index with {@code
 * EnglishAnalyzer} and BM25. Both rankings are cut at the API's page limit (100) and scored with
 * MAP and nDCG@10.
 *
 * <p>Run with {@code bench/relevance.sh}; {@code RelevanceIT} holds the app to a floor.
 */
public final class RelevanceBenchmark {

  static final int DEPTH = 100;
  static final String ADMIN = "admin:" + RunningApp.ADMIN_PASSWORD;

  record Outcome(String collection, Scores app, Scores bm25) {
    String table() {
      return String.format(
          "%s%n| system | MAP | nDCG@10 |%n|---|---|---|%n| application (GET /api/v1/search) | %.4f | %.4f |%n"
              + "| plain Lucene BM25, EnglishAnalyzer | %.4f | %.4f |%n| ratio app/BM25 | %.3f | %.3f |%n",
          collection,
          app.map(),
          app.ndcg10(),
          bm25.map(),
          bm25.ndcg10(),
          app.map() / bm25.map(),
          app.ndcg10() / bm25.ndcg10());
    }
  }

  public static void main(String[] args) throws Exception {
    // arguments name the collections to run (MED, CACM, NO for Nynorsk/Bokmål); none runs all
    if (args.length == 0 || List.of(args).contains("NO")) {
      System.out.print(
          CrossVariantSuite.run(java.nio.file.Files.createTempDirectory("cross-variant")).table());
    }
    for (var collection : List.of(TestCollection.med(), TestCollection.cacm())) {
      if (args.length == 0 || List.of(args).contains(collection.name())) {
        System.out.print(run(collection).table());
      }
    }
  }

  /** The collection in a fresh application with no other records. */
  static Outcome run(TestCollection collection) throws Exception {
    try (var app =
        RunningApp.embedded("relevance-" + collection.name().toLowerCase(java.util.Locale.ROOT))
            .with("KB_SAMPLE_DATA", "false")
            .start()) {
      return run(app, collection);
    }
  }

  private static Outcome run(RunningApp app, TestCollection collection) throws Exception {
    Map<String, String> recordToDocument = load(app, collection);
    awaitIndexed(app, collection.documents().size());
    Map<String, List<String>> appRankings = new HashMap<>();
    for (var query : collection.queries().entrySet()) {
      var response =
          app.get(
              "/api/v1/search?size="
                  + DEPTH
                  + "&q="
                  + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("query " + query.getKey() + ": " + response.body());
      }
      List<String> ranking = new ArrayList<>();
      for (var hit : RunningApp.parse(response).asJsonObject().getJsonArray("hits")) {
        ranking.add(recordToDocument.get(hit.asJsonObject().getString("id")));
      }
      appRankings.put(query.getKey(), ranking);
    }
    return new Outcome(
        collection.name(),
        Scores.of(appRankings, collection.relevant()),
        Scores.of(bm25(collection), collection.relevant()));
  }

  private static Map<String, String> load(RunningApp app, TestCollection collection)
      throws IOException, InterruptedException {
    Map<String, String> recordToDocument = new HashMap<>();
    for (var document : collection.documents().entrySet()) {
      var doc = document.getValue();
      var json =
          Json.createObjectBuilder()
              .add("title", doc.title())
              .add("language", "en")
              .add("publicationType", "article")
              .add("year", 1994)
              .add("keywords", Json.createArrayBuilder(doc.keywords()))
              .add("authors", Json.createArrayBuilder(doc.authors()));
      if (!doc.text().isEmpty()) {
        json.add("abstract", doc.text());
      }
      var response = app.json("POST", "/api/v1/publications", json.build().toString(), ADMIN);
      if (response.statusCode() != 201) {
        throw new IllegalStateException("document " + document.getKey() + ": " + response.body());
      }
      recordToDocument.put(
          RunningApp.parse(response).asJsonObject().getString("id"), document.getKey());
    }
    return recordToDocument;
  }

  private static void awaitIndexed(RunningApp app, int count) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      var result = RunningApp.parse(app.get("/api/v1/search?size=1")).asJsonObject();
      if (result.getInt("total") >= count) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the records were not all searchable within 60 s");
  }

  /** Plain Lucene: one text field, EnglishAnalyzer, BM25 (Lucene's default), OR of the terms. */
  static Map<String, List<String>> bm25(TestCollection collection) throws IOException {
    var analyzer = new EnglishAnalyzer();
    var directory = new ByteBuffersDirectory();
    try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (var document : collection.documents().entrySet()) {
        Document doc = new Document();
        doc.add(new StringField("id", document.getKey(), Field.Store.YES));
        doc.add(new TextField("text", document.getValue().all(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    Map<String, List<String>> rankings = new HashMap<>();
    try (var reader = DirectoryReader.open(directory)) {
      var searcher = new IndexSearcher(reader);
      var builder = new QueryBuilder(analyzer);
      for (var query : collection.queries().entrySet()) {
        List<String> ranking = new ArrayList<>();
        var parsed = builder.createBooleanQuery("text", query.getValue());
        for (ScoreDoc hit : searcher.search(parsed, DEPTH).scoreDocs) {
          ranking.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        rankings.put(query.getKey(), ranking);
      }
    }
    return rankings;
  }
}
