package no.arbeidoghelse.kunnskapsbase.document.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which writes of a document change its item's search index entry: those with text. */
class DocumentTest {

  private static Document uploaded() {
    return new Document(
        "d1", "i1", "owner", Instant.EPOCH, "a.pdf", null, null, "application/pdf", 10, "ab");
  }

  @Test
  void aDocumentWaitingForItsTextIsNotSearched() {
    assertFalse(uploaded().isSearched());
  }

  @Test
  void aDocumentIsSearchedOnceItHasText() {
    var document = uploaded();
    document.extracted(
        "extracted", null, "application/pdf", "nb", 1, null, null, null, 120, false, Instant.now());
    assertTrue(document.isSearched());
  }

  @Test
  void aDocumentThatGaveNoTextIsNotSearched() {
    var document = uploaded();
    document.extracted(
        "empty", "no text layer", "application/pdf", null, 1, null, null, null, 0, false, null);
    assertFalse(document.isSearched());
  }
}
