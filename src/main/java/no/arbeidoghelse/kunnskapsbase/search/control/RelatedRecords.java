package no.arbeidoghelse.kunnskapsbase.search.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest.Hit;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import no.arbeidoghelse.kunnskapsbase.search.hits.Hits;
import no.arbeidoghelse.kunnskapsbase.search.index.SearchIndex;
import no.arbeidoghelse.kunnskapsbase.search.query.Visibility;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Records like a given one: those sharing its most telling words, as the caller may see them. */
public final class RelatedRecords {

  private final SearchIndex index;
  private final IndexSchema schema;
  private final Hits hits;

  public RelatedRecords(SearchIndex index, IndexSchema schema) {
    this.index = index;
    this.schema = schema;
    this.hits = new Hits(schema);
  }

  public List<Hit> related(IndexedRecord record, Caller caller) throws IOException {
    SearchIndex.Snapshot snapshot = index.acquire();
    try {
      IndexSearcher searcher = snapshot.searcher();
      var like = new BooleanQuery.Builder();
      String text = text(record);
      for (String analyzer : schema.configuration().languageAnalyzers()) {
        for (TextField field : List.of(TextField.TITLE, TextField.SUMMARY, TextField.KEYWORDS)) {
          Query query =
              moreLikeThis(searcher, field.field(analyzer))
                  .like(field.field(analyzer), new StringReader(text));
          like.add(query, Occur.SHOULD);
        }
      }
      var query =
          new BooleanQuery.Builder()
              .add(like.build(), Occur.MUST)
              .add(new TermQuery(new Term(IndexSchema.ID, record.id())), Occur.MUST_NOT)
              // related knowledge is records; the organisations search also finds are not
              .add(new TermQuery(new Term(IndexSchema.TYPE, Organisation.TYPE)), Occur.MUST_NOT);
      new Visibility(caller, searcher.getIndexReader()).restrict(query);
      int max = schema.configuration().query().related();
      return hits.read(searcher, searcher.search(query.build(), max).scoreDocs, null);
    } finally {
      index.release(snapshot);
    }
  }

  private MoreLikeThis moreLikeThis(IndexSearcher searcher, String field) throws IOException {
    var mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(schema.indexAnalyzer());
    mlt.setFieldNames(new String[] {field});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    return mlt;
  }

  private static String text(IndexedRecord record) {
    List<String> parts = new ArrayList<>();
    for (String part :
        new String[] {record.title(), record.titleEn(), record.summary(), record.summaryEn()}) {
      if (part != null) {
        parts.add(part);
      }
    }
    parts.addAll(record.keywords());
    return String.join("\n", parts);
  }
}
