package no.arbeidoghelse.kunnskapsbase.search.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.Hit;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.index.PerReader;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** Reads hits from the index: stored fields and a snippet, HTML-escaped with matches marked. */
public final class Hits {

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

  /**
   * The highlighter merges the field infos of all segments for every search (a twentieth of a
   * search's time on a small index); they change only with the reader.
   */
  private static final PerReader<FieldInfos> FIELD_INFOS =
      new PerReader<>(FieldInfos::getMergedFieldInfos);

  private final IndexSchema schema;
  private final String[] snippetFields;

  /** The snippet fields by text, in the order a hit's snippet is looked for. */
  private final List<String[]> snippetGroups = new ArrayList<>();

  private final Set<String> readFields = new HashSet<>(HIT_FIELDS);

  public Hits(IndexSchema schema) {
    this.schema = schema;
    List<String> fields = new ArrayList<>();
    // the passage of whatever matched: the summary, else the details, else the documents
    for (TextField field : List.of(TextField.SUMMARY, TextField.DETAILS, TextField.DOCUMENTS)) {
      List<String> group = new ArrayList<>();
      schema.configuration().languageAnalyzers().forEach(a -> group.add(field.field(a)));
      snippetGroups.add(group.toArray(String[]::new));
      fields.addAll(group);
    }
    this.snippetFields = fields.toArray(String[]::new);
    readFields.addAll(fields);
  }

  /** The hits for these documents, with snippets of the text query's matches (if any). */
  public List<Hit> read(IndexSearcher searcher, ScoreDoc[] page, Query text) throws IOException {
    // Each hit's stored fields are read once, for the hit and for its snippet.
    var stored = searcher.storedFields();
    Map<Integer, Document> docs = new HashMap<>();
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
      docs.put(ids[i], stored.document(ids[i], readFields));
    }
    String[] snippets =
        text == null ? new String[page.length] : snippets(searcher, docs, ids, text);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = docs.get(ids[i]);
      String snippet = snippets[i] != null ? snippets[i] : opening(doc);
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

  /**
   * Each hit's marked passage, from the first group of fields (summary, details, documents) in
   * which the text matched: a group is highlighted only for the hits still without one, so the
   * longer texts cost nothing for the many hits whose summary matched.
   */
  private String[] snippets(
      IndexSearcher searcher, Map<Integer, Document> docs, int[] ids, Query text)
      throws IOException {
    String[] snippets = new String[ids.length];
    var highlighter = highlighter(searcher, docs);
    List<Integer> waiting = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      waiting.add(i);
    }
    for (String[] group : snippetGroups) {
      if (waiting.isEmpty()) {
        break;
      }
      int[] groupIds = waiting.stream().mapToInt(i -> ids[i]).toArray();
      Map<String, String[]> found =
          highlighter.highlightFields(group, text, groupIds, ones(group.length));
      List<Integer> still = new ArrayList<>();
      for (int k = 0; k < waiting.size(); k++) {
        String marked = null;
        for (String field : group) {
          String[] values = found.get(field);
          if (values != null && values[k] != null && values[k].contains("<mark>")) {
            marked = collapsedWhitespace(values[k].strip());
            break;
          }
        }
        if (marked != null) {
          snippets[waiting.get(k)] = marked;
        } else {
          still.add(waiting.get(k));
        }
      }
      waiting = still;
    }
    return snippets;
  }

  private static int[] ones(int n) {
    int[] ones = new int[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }

  /**
   * Lucene's passage score (BM25 of the passage's distinct terms), computed without the hash table
   * of terms that Lucene allocates for every passage (a 32 KB block each time): a passage has few
   * matches, and a scan finds the distinct ones.
   */
  static final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      float score = 0;
      for (int i = 0; i < matches; i++) {
        int first = 0;
        while (!terms[first].equals(terms[i])) {
          first++;
        }
        if (first < i) {
          continue; // counted with its first occurrence
        }
        int inPassage = 1;
        for (int j = i + 1; j < matches; j++) {
          if (terms[j].equals(terms[i])) {
            inPassage++;
          }
        }
        score +=
            tf(inPassage, passage.getLength())
                * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
      }
      return score * norm(passage.getStartOffset());
    }
  }

  /** A highlighter that takes the texts from the documents already read. */
  private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> docs) {
    int length = schema.configuration().query().snippetLength();
    var builder =
        new UnifiedHighlighter.Builder(searcher, schema.indexAnalyzer())
            .withHandleMultiTermQuery(true)
            .withWeightMatches(false)
            .withHighlightPhrasesStrictly(true)
            .withMaxLength(HIGHLIGHT_MAX_CHARACTERS)
            .withMaxNoHighlightPassages(0)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), length, 0.5f))
            .withScorer(new LeanPassageScorer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
    return new UnifiedHighlighter(builder) {
      @Override
      protected FieldInfo getFieldInfo(String field) {
        return FIELD_INFOS.get(searcher.getIndexReader()).fieldInfo(field);
      }

      /** A summary is highlighted with the words found in its analyzer's catch-all field too. */
      @Override
      protected Predicate<String> getFieldMatcher(String field) {
        String catchAll = IndexSchema.anyText(field.substring(field.indexOf('.') + 1));
        return queryField -> queryField.equals(field) || queryField.equals(catchAll);
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(
          String[] fields, DocIdSetIterator documents, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int id = documents.nextDoc();
            id != DocIdSetIterator.NO_MORE_DOCS;
            id = documents.nextDoc()) {
          CharSequence[] texts = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            String joined =
                String.join(String.valueOf(MULTIVAL_SEP_CHAR), docs.get(id).getValues(fields[f]));
            texts[f] =
                joined.length() > HIGHLIGHT_MAX_CHARACTERS
                    ? joined.substring(0, HIGHLIGHT_MAX_CHARACTERS)
                    : joined;
          }
          values.add(texts);
        }
        return values;
      }
    };
  }

  /** Without matches to show, the start of the summary (or of a document), escaped. */
  private String opening(Document doc) {
    for (String field : snippetFields) {
      String text = doc.get(field);
      if (text != null && !text.isBlank()) {
        int length = schema.configuration().query().snippetLength();
        // a document's text can run to millions of characters: only its start is looked at
        String start = text.strip();
        start = start.substring(0, Math.min(start.length(), length * 4));
        String clean = collapsedWhitespace(start);
        if (clean.length() > length) {
          int cut = clean.lastIndexOf(' ', length);
          clean = clean.substring(0, cut > length / 2 ? cut : length) + " …";
        }
        return escape(clean);
      }
    }
    return null;
  }

  /**
   * Each run of whitespace (as the regular expression {@code \\s+} means it) as one space. By hand:
   * with a pattern, a sixth of reading the hits.
   */
  static String collapsedWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        while (i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
          i++;
        }
        c = ' ';
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
