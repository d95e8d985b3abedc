package no.arbeidoghelse.kunnskapsbase.document.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tika extraction on real files of every format we promise, in this JVM. */
class ExtractionWorkerTest {

  static final Path CORPUS = Path.of("..", "shared", "corpora", "tika-test-docs", "files");
  static ExtractionWorker worker;
  @TempDir Path temp;

  @BeforeAll
  static void createWorker() throws Exception {
    worker = new ExtractionWorker(ExtractionLimits.DEFAULT);
  }

  private ExtractionOutcome extract(Path input) {
    return worker.extract(input, temp.resolve("out.txt"));
  }

  private String text() {
    try {
      return Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "testPDF.pdf, application/pdf, Apache Tika",
    "testWORD.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, Sample Word Document",
    "testWORD.doc, application/msword, Sample Word Document",
    "testOpenOffice2.odt, application/vnd.oasis.opendocument.text, This is a sample Open Office document",
    "testPPT.pptx, application/vnd.openxmlformats-officedocument.presentationml.presentation, Attachment Test",
    "testHTML.html, text/html, Test Indexation Html",
    "testRTF.rtf, application/rtf, Test",
    "testEXCEL.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, Sample Excel Worksheet"
  })
  void readsEveryCommonFormat(String file, String mediaType, String expected) throws Exception {
    var outcome = extract(CORPUS.resolve(file.strip()));
    assertEquals(ExtractionOutcome.EXTRACTED, outcome.status(), () -> outcome.detail());
    assertTrue(outcome.mediaType().startsWith(mediaType.strip()), outcome.mediaType());
    assertTrue(text().contains(expected.strip()), () -> file + " text: " + text());
    assertEquals(text().length(), outcome.characters());
  }

  @Test
  void metadataAndPages() throws Exception {
    var outcome = extract(CORPUS.resolve("testPDF.pdf"));
    assertEquals(1, outcome.pageCount());
    assertNotNull(outcome.title());
    assertEquals("en", outcome.language());
  }

  @Test
  void detectsTypeFromContentNotExtension() throws Exception {
    Path disguised = temp.resolve("report.txt");
    Files.copy(CORPUS.resolve("testPDF.pdf"), disguised);
    var outcome = extract(disguised);
    assertEquals("application/pdf", outcome.mediaType());
    assertEquals(ExtractionOutcome.EXTRACTED, outcome.status());
  }

  @Test
  void norwegianTextIsBokmaal() throws Exception {
    Path bokmaal =
        Path.of("..", "shared", "corpora", "norwegian", "ud-bokmaal-docs", "aftenposten_001.txt");
    var outcome = extract(bokmaal);
    assertEquals(ExtractionOutcome.EXTRACTED, outcome.status());
    assertEquals("nb", outcome.language());
  }

  @Test
  void encryptedFilesSaySo() {
    var outcome = extract(CORPUS.resolve("testPassword4Spaces.pdf"));
    assertEquals(ExtractionOutcome.ENCRYPTED, outcome.status(), outcome.detail());
  }

  @Test
  void aScanWithoutTextIsEmpty() {
    var outcome = extract(CORPUS.resolve("testOCR.pdf"));
    assertEquals(ExtractionOutcome.EMPTY, outcome.status(), outcome.detail());
    assertTrue(outcome.detail().contains("text layer"));
  }

  @Test
  void unknownBytesAreUnsupported() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path file = temp.resolve("noise.bin");
    Files.write(file, noise);
    var outcome = extract(file);
    assertEquals(ExtractionOutcome.UNSUPPORTED, outcome.status(), outcome.detail());
  }

  @Test
  void anEmptyFileIsEmpty() throws Exception {
    Path file = Files.createFile(temp.resolve("nothing.pdf"));
    assertEquals(ExtractionOutcome.EMPTY, extract(file).status());
  }

  @Test
  void compressionBombsAreTooLarge() {
    var outcome = extract(CORPUS.resolve("testZ_oom.Z"));
    assertEquals(ExtractionOutcome.TOO_LARGE, outcome.status(), outcome.detail());
  }

  @Test
  void textIsCutAtTheLimit() throws Exception {
    var small =
        new ExtractionWorker(new ExtractionLimits(100, Duration.ofSeconds(30), 5, 100, 256));
    var outcome = small.extract(CORPUS.resolve("testPDFVarious.pdf"), temp.resolve("out.txt"));
    assertEquals(ExtractionOutcome.EXTRACTED, outcome.status());
    assertTrue(outcome.truncated());
    assertTrue(text().length() <= 100);
  }

  @Test
  void archivesNestedTooDeepAreTooLargeAndKeepNoText() throws Exception {
    // a zip in a zip in ... ten levels deep, with text at every level: the first levels are read
    // before the depth limit is met, and that partial text must not be kept
    byte[] content = "innerste tekst om arbeid og helse".getBytes(StandardCharsets.UTF_8);
    String name = "level-10.txt";
    for (int level = 9; level >= 0; level--) {
      var bytes = new java.io.ByteArrayOutputStream();
      try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
        zip.putNextEntry(new java.util.zip.ZipEntry("note-" + level + ".txt"));
        zip.write(("tekst på nivå " + level).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      }
      content = bytes.toByteArray();
      name = "level-" + level + ".zip";
    }
    Path bomb = temp.resolve("nested.zip");
    Files.write(bomb, content);
    var outcome = extract(bomb);
    assertEquals(ExtractionOutcome.TOO_LARGE, outcome.status(), outcome.detail());
    assertEquals(0, outcome.characters());
    assertFalse(Files.exists(temp.resolve("out.txt")), "no partial text is left");
  }

  @Test
  void embeddedFilesAreRead() throws Exception {
    var outcome = extract(CORPUS.resolve("EmbeddedPDF.docx"));
    assertEquals(ExtractionOutcome.EXTRACTED, outcome.status(), outcome.detail());
    var shallow =
        new ExtractionWorker(new ExtractionLimits(1_000_000, Duration.ofSeconds(30), 0, 100, 256));
    shallow.extract(CORPUS.resolve("EmbeddedPDF.docx"), temp.resolve("shallow.txt"));
    assertTrue(
        text().length() > Files.readString(temp.resolve("shallow.txt")).length(),
        "the embedded PDF adds text");
  }

  @Test
  void outcomesSurviveTheProtocol() {
    var outcome =
        new ExtractionOutcome(
            "failed",
            "tab\there, newline\nthere = ok",
            "text/plain",
            "Tittel æøå",
            null,
            null,
            3,
            "nb",
            12,
            true);
    assertEquals(outcome, ExtractionOutcome.decode(outcome.encode()));
    assertEquals("failed", ExtractionOutcome.decode("garbage").status());
  }
}
