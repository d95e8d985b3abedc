package no.arbeidoghelse.kunnskapsbase.search.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class FacetDocSetsTest {

  @Test
  void readsEachValuesRecordsOnceAndForgetsClosedSegments() throws Exception {
    var config = new FacetsConfig();
    config.setMultiValued(FacetName.SECTOR.key(), true);
    try (var directory = new ByteBuffersDirectory()) {
      try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
        var first = new Document();
        first.add(new SortedSetDocValuesFacetField(FacetName.TYPE.key(), "project"));
        first.add(new SortedSetDocValuesFacetField(FacetName.SECTOR.key(), "health"));
        first.add(new SortedSetDocValuesFacetField(FacetName.SECTOR.key(), "education"));
        writer.addDocument(config.build(first));
        writer.addDocument(new Document()); // a record without facet values
        var third = new Document();
        third.add(new SortedSetDocValuesFacetField(FacetName.YEAR.key(), "2024"));
        writer.addDocument(config.build(third));
      }
      var docSets = new FacetDocSets(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      var reader = DirectoryReader.open(directory);
      var leaf = reader.leaves().get(0).reader();
      var segment = docSets.of(leaf);
      assertSame(segment, docSets.of(leaf));
      assertEquals(1, docSets.size());
      assertEquals(
          List.of("sector=education", "sector=health", "type=project"), values(segment, 0));
      assertEquals(List.of(), values(segment, 1));
      assertEquals(List.of("year=2024"), values(segment, 2));
      reader.close();
      assertEquals(0, docSets.size());
    }
  }

  /** The values of record {@code doc}, as facet=value, in the order of the segment's values. */
  private static List<String> values(FacetDocSets.Segment segment, int doc) {
    var one = new FixedBitSet(segment.maxDoc());
    one.set(doc);
    List<String> values = new ArrayList<>();
    for (int ord = 0; ord < segment.valueOf().length; ord++) {
      if (segment.records()[ord].countIn(one) == 1) {
        values.add(FacetName.values()[segment.facetOf()[ord]].key() + "=" + segment.valueOf()[ord]);
      }
    }
    return values;
  }
}
