package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.arbeidoghelse.kunnskapsbase.platform.health.ReadinessCheck;
import no.arbeidoghelse.kunnskapsbase.search.index.RecordIndexer;

/** The search index is ready once it has been opened and brought up to date at start. */
@ApplicationScoped
public class SearchIndexReadiness implements ReadinessCheck {

  @Inject RecordIndexer indexer;

  @Override
  public String name() {
    return "search-index";
  }

  @Override
  public boolean isReady() {
    return indexer.isReady();
  }
}
