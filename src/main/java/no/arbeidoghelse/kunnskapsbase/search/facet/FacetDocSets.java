package no.arbeidoghelse.kunnskapsbase.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * For each facet value of a segment, the set of its records: read once from the facet doc values
 * and kept while the segment lives (segments never change; a new or merged one is read when first
 * searched). Counting a value among tens of thousands of hits is then the size of the intersection
 * of two bit sets, a few thousand machine words, instead of a walk over every hit's values.
 * Frequent values are bit sets (a bit per record of the segment), rare ones lists of records: some
 * 10 KB per value per 100,000 records at most.
 */
public final class FacetDocSets {

  /**
   * One segment's facet values: value {@code o} belongs to facet {@code facetOf[o]} (a {@link
   * FacetName} ordinal, -1 if unknown), is called {@code valueOf[o]} and is held by the records
   * {@code records[o]}.
   */
  record Segment(int maxDoc, int[] facetOf, String[] valueOf, Records[] records) {}

  /** The records that have one value. */
  sealed interface Records {

    /** How many of these records are in {@code hits}. */
    long countIn(FixedBitSet hits);

    /** Adds these records to {@code target}. */
    void addTo(FixedBitSet target);
  }

  /** Records of a frequent value, a bit per record of the segment. */
  record Dense(FixedBitSet bits) implements Records {
    @Override
    public long countIn(FixedBitSet hits) {
      return FixedBitSet.intersectionCount(bits, hits);
    }

    @Override
    public void addTo(FixedBitSet target) {
      target.or(bits);
    }
  }

  /** Records of a rare value, in order. */
  record Sparse(int[] docs) implements Records {
    @Override
    public long countIn(FixedBitSet hits) {
      long count = 0;
      for (int doc : docs) {
        if (hits.get(doc)) {
          count++;
        }
      }
      return count;
    }

    @Override
    public void addTo(FixedBitSet target) {
      for (int doc : docs) {
        target.set(doc);
      }
    }
  }

  private final String field;
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  public FacetDocSets(String field) {
    this.field = field;
  }

  Segment of(LeafReader reader) throws IOException {
    var cache = reader.getCoreCacheHelper();
    if (cache == null) {
      return read(reader);
    }
    Segment segment = segments.get(cache.getKey());
    if (segment == null) {
      segment = read(reader);
      if (segments.putIfAbsent(cache.getKey(), segment) == null) {
        cache.addClosedListener(segments::remove);
      }
    }
    return segment;
  }

  /** Segments held now (for tests). */
  int size() {
    return segments.size();
  }

  private Segment read(LeafReader reader) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    int maxDoc = reader.maxDoc();
    int size = (int) values.getValueCount();
    int[][] docs = new int[size][];
    int[] counts = new int[size];
    for (int doc = values.nextDoc();
        doc != SortedSetDocValues.NO_MORE_DOCS;
        doc = values.nextDoc()) {
      for (int i = 0, n = values.docValueCount(); i < n; i++) {
        int ord = (int) values.nextOrd();
        if (docs[ord] == null) {
          docs[ord] = new int[16];
        } else if (counts[ord] == docs[ord].length) {
          docs[ord] = Arrays.copyOf(docs[ord], counts[ord] * 2);
        }
        docs[ord][counts[ord]++] = doc;
      }
    }
    int[] facetOf = new int[size];
    String[] valueOf = new String[size];
    Records[] records = new Records[size];
    Map<String, FacetName> byKey = new HashMap<>();
    for (FacetName facet : FacetName.values()) {
      byKey.put(facet.key(), facet);
    }
    for (int ord = 0; ord < size; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      FacetName facet = path.length > 1 ? byKey.get(path[0]) : null;
      facetOf[ord] = facet == null ? -1 : facet.ordinal();
      valueOf[ord] = path.length > 1 ? path[1] : null;
      records[ord] = records(docs[ord], counts[ord], maxDoc);
    }
    return new Segment(maxDoc, facetOf, valueOf, records);
  }

  /**
   * A value's records as a bit set once testing each of them would cost more than intersecting the
   * bit sets (a machine word holds 64 records).
   */
  private static Records records(int[] docs, int count, int maxDoc) {
    if (count > maxDoc / 32) {
      var bits = new FixedBitSet(maxDoc);
      for (int i = 0; i < count; i++) {
        bits.set(docs[i]);
      }
      return new Dense(bits);
    }
    return new Sparse(docs == null ? new int[0] : Arrays.copyOf(docs, count));
  }
}
