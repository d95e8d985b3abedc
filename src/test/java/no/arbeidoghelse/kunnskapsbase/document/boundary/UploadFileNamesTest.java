package no.arbeidoghelse.kunnskapsbase.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadFileNamesTest {

  /** A header as the container hands it over: UTF-8 bytes read as ISO-8859-1. */
  private static String asReceived(String header) {
    return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void utf8NamesInQuotesAreReadAsUtf8() {
    assertEquals(
        Optional.of("møte.txt"),
        UploadFileNames.of(asReceived("form-data; name=\"file\"; filename=\"møte.txt\"")));
    assertEquals(
        Optional.of("Årsrapport for Sør-Trøndelag.pdf"),
        UploadFileNames.of(
            asReceived("form-data; name=\"file\"; filename=\"Årsrapport for Sør-Trøndelag.pdf\"")));
  }

  @Test
  void theExtendedNameWins() {
    assertEquals(
        Optional.of("møte €.txt"),
        UploadFileNames.of(
            "form-data; name=\"file\"; filename=\"mote.txt\";"
                + " filename*=UTF-8''m%C3%B8te%20%E2%82%AC.txt"));
    assertEquals(
        Optional.of("møte.txt"),
        UploadFileNames.of("form-data; name=\"file\"; filename*=iso-8859-1'no'm%F8te.txt"));
  }

  @Test
  void latin1NamesAndOddFormsAreKept() {
    // real ISO-8859-1 bytes are not valid UTF-8: kept as they came
    assertEquals(
        Optional.of("møte.txt"),
        UploadFileNames.of("form-data; name=\"file\"; filename=\"møte.txt\""));
    assertEquals(
        Optional.of("a \"quoted\" name.txt"),
        UploadFileNames.of("form-data; name=\"file\"; filename=\"a \\\"quoted\\\" name.txt\""));
    assertEquals(Optional.of("plain.txt"), UploadFileNames.of("form-data; filename=plain.txt"));
    assertEquals(Optional.empty(), UploadFileNames.of("form-data; name=\"file\""));
    assertEquals(Optional.empty(), UploadFileNames.of(null));
    // a broken extended name falls back to the plain one
    assertEquals(
        Optional.of("x.txt"),
        UploadFileNames.of("form-data; filename=\"x.txt\"; filename*=UTF-8''%ZZ.txt"));
  }
}
