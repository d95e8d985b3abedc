package no.arbeidoghelse.kunnskapsbase.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample documents: at least 15, five formats, and every one extracts in its language. */
class SampleDocumentsTest {

  @TempDir Path temp;

  @Test
  void everySampleDocumentExtracts() throws Exception {
    var worker = new ExtractionWorker(ExtractionLimits.DEFAULT);
    var entries =
        Json.createReader(
                new StringReader(
                    Files.readString(Path.of("sample-docs", "records", "documents.json"))))
            .readArray();
    assertTrue(entries.size() >= 15);
    Set<String> formats = new HashSet<>();
    for (var value : entries) {
      JsonObject entry = value.asJsonObject();
      String file = entry.getString("file");
      formats.add(file.substring(file.lastIndexOf('.') + 1));
      var outcome = worker.extract(Path.of("sample-docs", "files", file), temp.resolve("out.txt"));
      assertEquals(ExtractionOutcome.EXTRACTED, outcome.status(), file + ": " + outcome.detail());
      String declared = entry.getString("language");
      // the detector knows Norwegian but not Nynorsk apart; it answers nb for both
      assertEquals(declared.equals("nn") ? "nb" : declared, outcome.language(), file);
      String first = entry.getJsonArray("paragraphs").getString(0);
      String ending = first.substring(first.length() - 25);
      assertTrue(Files.readString(temp.resolve("out.txt")).contains(ending), file + ": " + ending);
    }
    assertEquals(Set.of("pdf", "docx", "odt", "pptx", "html"), formats);
  }
}
