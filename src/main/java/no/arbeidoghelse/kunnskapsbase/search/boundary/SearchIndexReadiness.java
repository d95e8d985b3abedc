package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.arbeidoghelse.kunnskapsbase.platform.health.ReadinessCheck;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordIndexer;

/**
 * The search index is ready once it has been opened and brought up to date at start, and while it
 * is less than {@link #MAX_LAG_SECONDS} behind the changes other instances make.
 */
@ApplicationScoped
public class SearchIndexReadiness implements ReadinessCheck {

  @Inject RecordIndexer indexer;

  @Override
  public String name() {
    return "search-index";
  }

  static final long MAX_LAG_SECONDS = 30;

  @Override
  public boolean isReady() {
    return indexer.isReady() && indexer.lagSeconds() < MAX_LAG_SECONDS;
  }

  @Override
  public java.util.Map<String, Long> data() {
    return java.util.Map.of("indexLagSeconds", indexer.isReady() ? indexer.lagSeconds() : 0);
  }
}
