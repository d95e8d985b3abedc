package no.arbeidoghelse.kunnskapsbase.search.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import no.arbeidoghelse.kunnskapsbase.search.entity.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search configuration as data: what it gives, and the messages a bad edit gets. */
class IndexConfigurationTest {

  @TempDir Path directory;

  /** A copy of the project's index-config/ with search.json changed. */
  private IndexConfigFiles copy(UnaryOperator<String> change) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("index-config"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, directory.resolve(file.getFileName()));
      }
    }
    Path search = directory.resolve(IndexConfiguration.FILE);
    Files.writeString(search, change.apply(Files.readString(search)));
    return new IndexConfigFiles(Optional.of(directory));
  }

  private String failure(UnaryOperator<String> change) throws IOException {
    var files = copy(change);
    return assertThrows(
            InvalidIndexConfiguration.class,
            () -> IndexConfiguration.load(files, SearchFixture.TAXONOMY))
        .getMessage();
  }

  @Test
  void thePackedConfigurationLoads() {
    var configuration = SearchFixture.SCHEMA.configuration();
    assertEquals(3.0f, configuration.boost(TextField.TITLE));
    assertEquals(Optional.of("norwegian"), configuration.analyzerFor("nn"));
    assertEquals(Optional.of("english"), configuration.analyzerFor("en"));
    assertEquals(9, configuration.facets().size());
    assertEquals("Helse", configuration.facets().get(1).label("health", "nb"));
    assertEquals(
        "Organisasjon",
        configuration.facets().get(0).label("organisation", "nb"),
        "the type facet takes its values from two value lists");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown filter | {\"name\": \"lowercase\"} | {\"name\": \"lowercasse\"} | analyzers.norwegian.filters[1] (lowercasse)",
        "missing word list | stopwords-no.txt | stoppord.txt | stoppord.txt",
        "bad parameter | \"minSubwordSize\": \"3\" | \"minSubwordSize\": \"tre\" | CompoundPartsFilterFactory",
        "unknown facet | {\"name\": \"sector\", | {\"name\": \"sectors\", | facets[1].name: unknown facet 'sectors'",
        "bad boost | \"title\": 3.0 | \"title\": -1 | fields.title: must be a number above 0",
        "unknown field | \"title\": 3.0 | \"heading\": 3.0 | fields.heading: unknown field",
        "unknown analyzer | \"en\": \"english\" | \"en\": \"engelsk\" | languages.en: no analyzer named 'engelsk'",
        "bad side | \"at\": \"query\" | \"at\": \"sometimes\" | must be \"index\" or \"query\"",
        "unknown taxonomy | \"taxonomy\": \"sectors\" | \"taxonomy\": \"sektorer\" | no taxonomy scheme named 'sektorer'",
        "not JSON | \"analyzers\": { | \"analyzers\": {{ | not valid JSON",
      })
  void aBadEditIsReportedWithFileAndPlace(String name, String from, String to, String expected)
      throws IOException {
    String message = failure(text -> replaceOnce(text, from, to));
    assertTrue(message.contains("search.json"), message);
    assertTrue(message.contains(expected), message);
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "the packed search.json contains " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  @Test
  void changingAWordListChangesTheFingerprint() throws IOException {
    var files = copy(UnaryOperator.identity());
    String before = IndexConfiguration.load(files, SearchFixture.TAXONOMY).fingerprint();
    assertEquals(SearchFixture.SCHEMA.configuration().fingerprint(), before);
    Files.writeString(
        directory.resolve("compound-words-no.txt"),
        "\nvelferdsteknologi\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertNotEquals(before, IndexConfiguration.load(files, SearchFixture.TAXONOMY).fingerprint());
  }
}
