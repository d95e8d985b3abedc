package no.arbeidoghelse.kunnskapsbase.search.index;

import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * A value derived from an index reader, computed once for the newest reader seen rather than on
 * every search. Searches on an older reader (still open during a refresh) compute their own.
 */
public final class PerReader<T> {

  private record Computed<T>(Object key, T value) {}

  private final Function<IndexReader, T> compute;
  private volatile Computed<T> latest = new Computed<>(null, null);

  public PerReader(Function<IndexReader, T> compute) {
    this.compute = compute;
  }

  public T get(IndexReader reader) {
    var helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    Computed<T> current = latest;
    if (current.key() != key) {
      current = new Computed<>(key, compute.apply(reader));
      latest = current;
    }
    return current.value();
  }
}
