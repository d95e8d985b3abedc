package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentStore;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentStore.StagedFile;
import no.arbeidoghelse.kunnskapsbase.document.control.FileNames;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Receiving an uploaded file, for the API and the web pages alike: the bytes are staged (at most
 * {@link Settings#maxUploadBytes()}) outside any transaction, so a slow upload holds no database
 * connection; then the document is recorded in one short transaction, and the staged bytes are
 * discarded if that fails.
 */
@ApplicationScoped
public class DocumentUploads {

  @Inject DocumentOperations documents;

  public DocumentOperations.Attached upload(
      Class<? extends Item> type,
      String itemId,
      InputStream content,
      String clientFilename,
      String title,
      String language,
      String mediaType,
      Caller caller)
      throws IOException {
    documents.requireAttachable(type, itemId, caller);
    DocumentStore store = documents.store();
    StagedFile staged = store.receive(content, Settings.maxUploadBytes());
    if (staged.size() == 0) {
      store.discard(staged);
      throw ApiException.invalidField("file", "the file is empty");
    }
    try {
      return documents.attach(
          type, itemId, staged, FileNames.safe(clientFilename), title, language, mediaType, caller);
    } catch (RuntimeException e) {
      store.discard(staged);
      throw e;
    }
  }
}
