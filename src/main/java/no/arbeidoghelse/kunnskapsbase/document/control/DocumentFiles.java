package no.arbeidoghelse.kunnskapsbase.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/** The application's one {@link DocumentStore}, in the configured documents directory. */
@ApplicationScoped
public class DocumentFiles {

  private final DocumentStore store = new DocumentStore(Settings.documentsDir());

  public DocumentStore store() {
    return store;
  }
}
