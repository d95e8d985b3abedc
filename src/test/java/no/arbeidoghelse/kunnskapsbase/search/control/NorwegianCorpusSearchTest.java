package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Bokmål and Nynorsk text (the Universal Dependencies sentences in {@code
 * ../shared/corpora/norwegian/}): every sentence is indexed as a record, and each must be found by
 * its longest word as written, upper-cased, and with æ/ø/å spelt ae/oe/aa. This shows that the
 * analysis of indexed text and of queries agree on realistic text, compounds and synonyms included.
 */
class NorwegianCorpusSearchTest {

  static final Path SENTENCES = Path.of("..", "shared", "corpora", "norwegian", "ud-sentences");
  static final int SAMPLE = 600;

  static final java.util.Set<String> STOPWORDS =
      new String(
              new no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles(
                      java.util.Optional.empty())
                  .read("stopwords-no.txt"),
              StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toSet());

  @TempDir Path directory;

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({"nob-dev.txt, nb", "nno-dev.txt, nn"})
  void everySentenceIsFoundByItsLongestWord(String file, String language) throws IOException {
    assumeTrue(Files.isDirectory(SENTENCES), "the shared corpora are beside the checkout");
    List<String> sentences =
        Files.readAllLines(SENTENCES.resolve(file), StandardCharsets.UTF_8).stream()
            .filter(s -> !s.isBlank())
            .limit(SAMPLE)
            .toList();
    try (var fixture = new SearchFixture(directory)) {
      List<IndexedRecord> records = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        records.add(
            fixture
                .record("s" + i)
                .language(language)
                .title("Setning " + i)
                .summary(sentences.get(i))
                .build());
      }
      fixture.index.update(records, List.of());
      fixture.index.refresh();
      assertEquals(sentences.size(), fixture.index.count());
      List<String> missed = new ArrayList<>();
      int searched = 0;
      for (int i = 0; i < sentences.size(); i++) {
        String word =
            List.of(sentences.get(i).split("[^\\p{L}]+")).stream()
                .max(Comparator.comparingInt(String::length))
                .orElse("");
        if (word.length() < 4 || STOPWORDS.contains(word.toLowerCase())) {
          continue; // a sentence of only short or too common words
        }
        for (String query :
            List.of(
                word,
                word.toUpperCase(),
                word.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))) {
          searched++;
          var result = fixture.search(query);
          var found = result.hits().stream().map(h -> h.id()).toList();
          // a name that many sentences share may rank this one below the first page
          if (!found.contains("s" + i) && result.total() <= found.size()) {
            missed.add(query + " -> s" + i);
          }
        }
      }
      assertTrue(searched > SAMPLE, "searched " + searched);
      assertTrue(
          missed.isEmpty(),
          missed.size()
              + " of "
              + searched
              + " missed: "
              + missed.subList(0, Math.min(20, missed.size())));
    }
  }
}
