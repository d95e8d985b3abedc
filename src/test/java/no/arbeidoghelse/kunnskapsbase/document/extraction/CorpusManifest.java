package no.arbeidoghelse.kunnskapsbase.document.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Tika test corpus ({@code ../shared/corpora/tika-test-docs}) and what each file is: {@code
 * ok}, {@code encrypted}, {@code malformed}, {@code bomb} or {@code mislabelled}; and which
 * extraction statuses count as a right answer for each.
 */
public record CorpusManifest(List<Entry> entries) {

  public static final Path FOLDER = Path.of("..", "shared", "corpora", "tika-test-docs");

  /** The statuses that fit a category: the file ends in a state that tells the truth about it. */
  public static final Map<String, Set<String>> FITTING =
      Map.of(
          "ok", Set.of("extracted", "empty", "unsupported"),
          "encrypted", Set.of("encrypted", "extracted", "empty"),
          "malformed", Set.of("failed", "extracted", "empty", "unsupported", "too-large"),
          "bomb", Set.of("too-large", "failed", "empty"),
          "mislabelled", Set.of("extracted", "empty", "unsupported"));

  public record Entry(String file, String format, String category, String note, long bytes) {
    public Path path() {
      return FOLDER.resolve("files").resolve(file);
    }
  }

  public static CorpusManifest read() {
    try {
      return new CorpusManifest(
          Files.readAllLines(FOLDER.resolve("MANIFEST.tsv")).stream()
              .skip(1)
              .filter(line -> !line.isBlank())
              .map(line -> line.split("\t"))
              .map(f -> new Entry(f[0], f[1], f[2], f[3], Long.parseLong(f[5])))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
