package no.arbeidoghelse.kunnskapsbase.search.control;

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

/**
 * The total and drill-sideways facet counts of a search in one pass over the records that match
 * everything but the facet selections. Each record's facet values ({@link FacetOrdinals}) tell
 * which selections it meets: meeting all, it is a hit and counts for every facet; missing exactly
 * one facet's selection, it counts for that facet only (the records that facet's other values would
 * add); missing more, it does not count. One pass instead of a counting search per selected facet,
 * and no set of hits built in between.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Leaves, FacetCounter.Counts> {

  /** The number of hits and, for each facet, its values' counts. */
  record Counts(long total, Map<FacetName, Map<String, Long>> values) {}

  private static final FacetName[] FACETS = FacetName.values();

  private final FacetOrdinals ordinals;
  private final Map<FacetName, Set<String>> selected;
  private final int required;

  /**
   * @param ordinals the facet values of the index's segments
   * @param selected the selected values of each facet (facets without a selection may be absent)
   */
  FacetCounter(FacetOrdinals ordinals, Map<FacetName, Set<String>> selected) {
    this.ordinals = ordinals;
    this.selected = selected;
    int mask = 0;
    for (FacetName facet : FACETS) {
      if (!selected.getOrDefault(facet, Set.of()).isEmpty()) {
        mask |= 1 << facet.ordinal();
      }
    }
    this.required = mask;
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
      total += leaves.total;
      for (Segment segment : leaves.segments) {
        segment.addTo(values);
      }
    }
    return new Counts(total, values);
  }

  /** The collector of one search thread; it sees the segments one after another. */
  final class Leaves implements Collector {
    private final List<Segment> segments = new ArrayList<>();
    private long total;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      var segment = new Segment(ordinals.of(context.reader()));
      segments.add(segment);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          if (segment.collect(doc)) {
            total++;
          }
        }
      };
    }
  }

  /** Counts per value (segment ordinal) in one segment. */
  private final class Segment {
    private final int[] starts;
    private final int[] ords;
    private final int[] facetOf;
    private final String[] valueOf;
    private final boolean[] chosen;
    private final int[] counts;

    Segment(FacetOrdinals.Segment values) {
      starts = values.starts();
      ords = values.ords();
      facetOf = values.facetOf();
      valueOf = values.valueOf();
      chosen = new boolean[facetOf.length];
      counts = new int[facetOf.length];
      for (int ord = 0; ord < facetOf.length; ord++) {
        chosen[ord] =
            facetOf[ord] >= 0
                && selected.getOrDefault(FACETS[facetOf[ord]], Set.of()).contains(valueOf[ord]);
      }
    }

    /** Counts one record's values where they count; answers whether it is a hit. */
    boolean collect(int doc) {
      int from = starts[doc];
      int to = starts[doc + 1];
      int met = 0;
      for (int i = from; i < to; i++) {
        int ord = ords[i];
        if (chosen[ord]) {
          met |= 1 << facetOf[ord];
        }
      }
      int missing = required & ~met;
      if (missing == 0) {
        for (int i = from; i < to; i++) {
          counts[ords[i]]++;
        }
        return true;
      }
      if (Integer.bitCount(missing) == 1) {
        int facet = Integer.numberOfTrailingZeros(missing);
        for (int i = from; i < to; i++) {
          if (facetOf[ords[i]] == facet) {
            counts[ords[i]]++;
          }
        }
      }
      return false;
    }

    void addTo(Map<FacetName, Map<String, Long>> result) {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0 && facetOf[ord] >= 0) {
          result.get(FACETS[facetOf[ord]]).merge(valueOf[ord], (long) counts[ord], Long::sum);
        }
      }
    }
  }
}
