package no.arbeidoghelse.kunnskapsbase.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The total and drill-sideways facet counts of a search in one pass over the records that match
 * everything but the facet selections (or miss at most one of them). The pass only notes those
 * records in a bit set; the counts are then intersections with the facet values' record sets
 * ({@link FacetDocSets}): the hits are the noted records that meet every selection, and each value
 * counts among them; a facet with a selection counts its values among the noted records that meet
 * the other facets' selections (the records its other values would add). One pass instead of a
 * counting search per selected facet, and no walk over each hit's values.
 */
public final class FacetCounter
    implements CollectorManager<FacetCounter.Leaves, FacetCounter.Counts> {

  /** The number of hits and, for each facet, its values' counts. */
  public record Counts(long total, Map<FacetName, Map<String, Long>> values) {}

  private static final FacetName[] FACETS = FacetName.values();

  private final FacetDocSets docSets;
  private final Map<FacetName, Set<String>> selected;

  /**
   * @param docSets the records of each facet value of the index's segments
   * @param selected the selected values of each facet (facets without a selection may be absent)
   */
  public FacetCounter(FacetDocSets docSets, Map<FacetName, Set<String>> selected) {
    this.docSets = docSets;
    this.selected = selected;
  }

  @Override
  public Leaves newCollector() {
    return new Leaves();
  }

  @Override
  public Counts reduce(Collection<Leaves> collectors) {
    long total = 0;
    Map<FacetName, Map<String, Long>> values = new EnumMap<>(FacetName.class);
    for (FacetName facet : FACETS) {
      values.put(facet, new HashMap<>());
    }
    for (Leaves leaves : collectors) {
      for (Segment segment : leaves.segments) {
        total += segment.total;
        segment.addTo(values);
      }
    }
    return new Counts(total, values);
  }

  /** The collector of one search thread; it sees the segments one after another. */
  final class Leaves implements Collector {
    private final List<Segment> segments = new ArrayList<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      var segment = new Segment(docSets.of(context.reader()));
      segments.add(segment);
      var noted = segment.noted;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          noted.set(doc);
        }

        @Override
        public void finish() {
          segment.count();
        }
      };
    }
  }

  /** The counts of one segment. */
  private final class Segment {
    private final FacetDocSets.Segment values;
    private final FixedBitSet noted;
    private final long[] counts;
    private long total;

    Segment(FacetDocSets.Segment values) {
      this.values = values;
      this.noted = new FixedBitSet(values.maxDoc());
      this.counts = new long[values.facetOf().length];
    }

    void count() {
      // the records that meet each facet's selection (none, when no record has the values)
      Map<Integer, FixedBitSet> selections = new HashMap<>();
      selected.forEach(
          (facet, chosen) -> {
            if (!chosen.isEmpty()) {
              selections.put(facet.ordinal(), new FixedBitSet(values.maxDoc()));
            }
          });
      for (int ord = 0; ord < counts.length; ord++) {
        int facet = values.facetOf()[ord];
        if (selections.containsKey(facet)
            && selected.get(FACETS[facet]).contains(values.valueOf()[ord])) {
          values.records()[ord].addTo(selections.get(facet));
        }
      }
      FixedBitSet hits = meetingAllBut(-1, selections);
      total = hits.cardinality();
      Map<Integer, FixedBitSet> sideways = new HashMap<>();
      for (int facet : selections.keySet()) {
        sideways.put(facet, meetingAllBut(facet, selections));
      }
      for (int ord = 0; ord < counts.length; ord++) {
        int facet = values.facetOf()[ord];
        if (facet >= 0) {
          counts[ord] = values.records()[ord].countIn(sideways.getOrDefault(facet, hits));
        }
      }
    }

    /** The noted records that meet every selection except that of facet {@code except}. */
    private FixedBitSet meetingAllBut(int except, Map<Integer, FixedBitSet> selections) {
      FixedBitSet result = noted;
      for (var selection : selections.entrySet()) {
        if (selection.getKey() != except) {
          if (result == noted) {
            result = noted.clone();
          }
          result.and(selection.getValue());
        }
      }
      return result;
    }

    void addTo(Map<FacetName, Map<String, Long>> result) {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          result
              .get(FACETS[values.facetOf()[ord]])
              .merge(values.valueOf()[ord], counts[ord], Long::sum);
        }
      }
    }
  }
}
