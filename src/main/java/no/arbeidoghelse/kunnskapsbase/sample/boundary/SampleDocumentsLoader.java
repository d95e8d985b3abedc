package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.document.boundary.DocumentOperations;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;

/**
 * Attaches the sample documents ({@code sample-docs/records/documents.json}, files in {@code
 * sample-docs/files}) to the sample records through the same path as an upload. A file already
 * attached is recognised by its checksum and left alone. Runs after extraction has started, so the
 * new documents are extracted like any upload.
 */
@ApplicationScoped
public class SampleDocumentsLoader implements StartupTask {

  private static final Logger LOG = Logger.getLogger(SampleDocumentsLoader.class.getName());

  @Inject DocumentOperations documents;

  @Override
  public StartupPhase phase() {
    return StartupPhase.SAMPLE_DOCUMENTS;
  }

  @Override
  public boolean afterReady() {
    return true;
  }

  @Override
  public void run() {
    if (!Settings.loadSampleData()) {
      return;
    }
    int attached = 0;
    for (JsonObject document : SampleContent.records("documents.json")) {
      String file = document.getString("file");
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("sample-docs/files/" + file)) {
        if (in == null) {
          throw new IllegalStateException("sample-docs/files/" + file + " is missing");
        }
        var staged = documents.store().receive(in, Settings.maxUploadBytes());
        var result =
            documents.attach(
                Item.class,
                document.getString("item"),
                staged,
                file,
                document.getString("title"),
                document.getString("language"),
                "application/octet-stream",
                SampleContentLoader.LOADER);
        attached += result.duplicate() ? 0 : 1;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int added = attached;
    LOG.info(() -> "Sample documents: " + added + " attached");
  }
}
