package no.arbeidoghelse.kunnskapsbase.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import org.junit.jupiter.api.Test;

/**
 * Every key list (kinds, statuses, types, roles, schemes, languages, the classification schemes)
 * lives in {@code index-config/taxonomy.json} and nowhere else: no code, template, message bundle
 * or API document may carry its own copy.
 */
class ValueListsAreDefinedOnceTest {

  private static final Taxonomy TAXONOMY = new Taxonomy();
  private static final Path MAIN = Path.of("src/main");

  @Test
  void noSourceRepeatsAValueList() throws IOException {
    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(java|html|properties|yaml|js|json)$"))
          .forEach(file -> copies.addAll(copiesIn(file)));
    }
    assertEquals(List.of(), copies);
  }

  @Test
  void theBundlesLabelNoValueListKey() throws IOException {
    List<String> labelled = new ArrayList<>();
    for (String language : List.of("nb", "en")) {
      var bundle = new Properties();
      try (var in =
          Files.newBufferedReader(
              MAIN.resolve("resources/web/messages_" + language + ".properties"))) {
        bundle.load(in);
      }
      for (String key : bundle.stringPropertyNames()) {
        String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        if (TAXONOMY.definition().valueLists().containsKey(prefix)) {
          labelled.add(language + ": " + key);
        }
      }
    }
    assertEquals(List.of(), labelled);
  }

  /** Lines naming three or more keys of one list, each quoted or between list separators. */
  private static List<String> copiesIn(Path file) {
    List<String> found = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var lists = new java.util.LinkedHashMap<String, List<String>>();
    TAXONOMY.definition().valueLists().forEach((name, terms) -> lists.put(name, keys(terms)));
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      lists.put(scheme.field(), keys(TAXONOMY.definition().scheme(scheme)));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (var list : lists.entrySet()) {
        if (list.getValue().size() < 2) {
          continue; // one key (directoryTypes' "organisation") is a word, not a copied list
        }
        long named =
            list.getValue().stream()
                .filter(
                    key ->
                        Pattern.compile("[\"'|\\[,(]\\s*" + Pattern.quote(key) + "\\s*[\"'|\\],)]")
                            .matcher(line)
                            .find())
                .count();
        if (named >= Math.min(3, list.getValue().size())) {
          found.add(file + ":" + (i + 1) + " repeats " + list.getKey());
        }
      }
    }
    return found;
  }

  private static List<String> keys(
      List<no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm> terms) {
    return terms.stream()
        .flatMap(no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm::selfAndDescendants)
        .map(no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm::key)
        .toList();
  }
}
