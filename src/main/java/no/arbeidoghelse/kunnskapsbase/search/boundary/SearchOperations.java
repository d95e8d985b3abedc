package no.arbeidoghelse.kunnskapsbase.search.boundary;

import io.prometheus.metrics.core.metrics.Histogram;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.platform.metrics.Metrics;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.control.RecordSearch;
import no.arbeidoghelse.kunnskapsbase.search.control.RelatedRecords;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.index.LuceneIndex;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordIndexer;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordSource;
import no.arbeidoghelse.kunnskapsbase.search.query.Suggestions;

/** Search as the REST resources use it: answers 503 while the index is not ready. */
@ApplicationScoped
public class SearchOperations {

  @Inject RecordIndexer indexer;
  @Inject LuceneIndex lucene;
  @Inject RecordSource source;
  @Inject ItemKinds kinds;
  @Inject Metrics metrics;
  private Histogram searches;

  @PostConstruct
  void measure() {
    searches = metrics.histogram("kb_search_seconds", "Searches (API and pages), in the index");
  }

  public SearchJson.Result search(SearchRequest request, Caller caller) {
    ready();
    long begin = System.nanoTime();
    try {
      var found = new RecordSearch(lucene.index(), lucene.schema()).search(request, caller);
      searches.observe((System.nanoTime() - begin) / 1e9);
      return SearchJson.Result.of(request, found, kinds);
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  public SearchJson.Suggestions suggest(String text) {
    ready();
    try {
      return new SearchJson.Suggestions(
          new Suggestions(lucene.index(), lucene.schema()).suggest(text));
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  /** Records like the given one; the caller has been checked to see it. */
  public SearchJson.Related related(String id, Caller caller) {
    ready();
    var record = source.load(Set.of(id));
    if (record.isEmpty()) {
      return new SearchJson.Related(List.of());
    }
    try {
      return new SearchJson.Related(
          new RelatedRecords(lucene.index(), lucene.schema())
              .related(record.get(0), caller).stream()
                  .map(hit -> SearchJson.Hit.of(hit, kinds))
                  .toList());
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  public SearchJson.IndexStatus status() {
    ready();
    try {
      var status = indexer.status();
      return new SearchJson.IndexStatus(
          status.records(),
          status.queued(),
          status.rebuilding(),
          status.lastRebuild(),
          status.fingerprint());
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  public void rebuild() {
    ready();
    if (!indexer.startRebuild()) {
      throw ApiException.conflict("The search index is being rebuilt already.");
    }
  }

  /**
   * A failed read of the index: a damaged index is being rebuilt (503, try again); anything else is
   * a fault.
   */
  private RuntimeException failed(Exception e) {
    if (indexer.repairIfDamaged(e)) {
      return new ApiException(
          503, "The search index was found damaged and is being rebuilt; try again shortly.");
    }
    return e instanceof RuntimeException runtime
        ? runtime
        : new UncheckedIOException((IOException) e);
  }

  private void ready() {
    if (!indexer.isReady()) {
      throw new ApiException(503, "The search index is not ready yet; try again shortly.");
    }
  }
}
