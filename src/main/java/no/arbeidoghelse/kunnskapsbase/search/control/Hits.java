package no.arbeidoghelse.kunnskapsbase.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.Hit;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Reads hits from the index: stored fields and a snippet, HTML-escaped with matches marked. */
final class Hits {

  /** Snippets come from this much of a text at most (a document's text can be far longer). */
  private static final int HIGHLIGHT_MAX_CHARACTERS = 200_000;

  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TYPE,
          IndexSchema.TITLE,
          IndexSchema.YEAR,
          IndexSchema.LANGUAGE,
          IndexSchema.SECTORS,
          IndexSchema.LEVELS,
          IndexSchema.TOPICS);

  private final IndexSchema schema;
  private final String[] snippetFields;

  Hits(IndexSchema schema) {
    this.schema = schema;
    List<String> fields = new ArrayList<>();
    for (TextField field : List.of(TextField.SUMMARY, TextField.DOCUMENTS)) {
      schema.configuration().languageAnalyzers().forEach(a -> fields.add(field.field(a)));
    }
    this.snippetFields = fields.toArray(String[]::new);
  }

  /** The hits for these documents, with snippets of the text query's matches (if any). */
  List<Hit> read(IndexSearcher searcher, ScoreDoc[] page, Query text) throws IOException {
    Map<String, String[]> highlights = Map.of();
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
    }
    if (text != null && page.length > 0) {
      // rewritten once here: the highlighter would otherwise rewrite it for every hit and field
      highlights =
          highlighter(searcher)
              .highlightFields(
                  snippetFields, searcher.rewrite(text), ids, ones(snippetFields.length));
    }
    var stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(ids[i], HIT_FIELDS);
      String snippet = null;
      for (String field : snippetFields) {
        String[] values = highlights.get(field);
        if (values != null && values[i] != null && values[i].contains("<mark>")) {
          snippet = values[i].strip().replaceAll("\\s+", " ");
          break;
        }
      }
      if (snippet == null) {
        snippet = opening(stored.document(ids[i], Set.of(snippetFields)));
      }
      var year = doc.getField(IndexSchema.YEAR);
      hits.add(
          new Hit(
              doc.get(IndexSchema.ID),
              doc.get(IndexSchema.TYPE),
              doc.get(IndexSchema.TITLE),
              snippet,
              year == null ? null : year.numericValue().intValue(),
              doc.get(IndexSchema.LANGUAGE),
              List.of(doc.getValues(IndexSchema.SECTORS)),
              List.of(doc.getValues(IndexSchema.LEVELS)),
              List.of(doc.getValues(IndexSchema.TOPICS))));
    }
    return hits;
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    int length = schema.configuration().query().snippetLength();
    return new UnifiedHighlighter.Builder(searcher, schema.indexAnalyzer())
        .withHandleMultiTermQuery(true)
        .withWeightMatches(false)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(HIGHLIGHT_MAX_CHARACTERS)
        .withMaxNoHighlightPassages(0)
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), length, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .build();
  }

  /** Without matches to show, the start of the summary (or of a document), escaped. */
  private String opening(Document doc) {
    for (String field : snippetFields) {
      String text = doc.get(field);
      if (text != null && !text.isBlank()) {
        String clean = text.strip().replaceAll("\\s+", " ");
        int length = schema.configuration().query().snippetLength();
        if (clean.length() > length) {
          int cut = clean.lastIndexOf(' ', length);
          clean = clean.substring(0, cut > length / 2 ? cut : length) + " …";
        }
        return escape(clean);
      }
    }
    return null;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
