package no.arbeidoghelse.kunnskapsbase.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/** The application's one {@link DocumentStore}, in the configured data directory. */
@ApplicationScoped
public class DocumentFiles {

  private final DocumentStore store = new DocumentStore(Settings.dataDir());

  public DocumentStore store() {
    return store;
  }
}
