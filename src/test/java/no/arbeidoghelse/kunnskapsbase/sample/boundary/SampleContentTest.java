package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportJson;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectJson;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import org.junit.jupiter.api.Test;

/** The sample files: enough records, every taxonomy key used, several languages, strict JSON. */
class SampleContentTest {

  private static final List<String> FILES =
      List.of(
          "organisations.json",
          "people.json",
          "projects.json",
          "publications.json",
          "practice-reports.json",
          "documents.json");

  private static List<? extends ItemJson> items(String file, Class<? extends ItemJson> type) {
    return SampleContent.records(file).stream()
        .map(r -> JsonbConfiguration.jsonb().fromJson(r.toString(), type))
        .toList();
  }

  @Test
  void everyReferenceNamesARecordOfTheSamples() throws Exception {
    Set<String> defined = new HashSet<>();
    Set<String> referenced = new HashSet<>();
    for (String file : FILES) {
      String raw;
      try (var in = getClass().getClassLoader().getResourceAsStream(SampleContent.FOLDER + file)) {
        raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher ids = Pattern.compile("(?m)^\\s*\\{\\s*\"id\": \"sample:([^\"]+)\"").matcher(raw);
      while (ids.find()) {
        assertTrue(defined.add(ids.group(1)), "defined once: " + ids.group(1));
      }
      Matcher refs = Pattern.compile("\"sample:([^\"]+)\"").matcher(raw);
      while (refs.find()) {
        referenced.add(refs.group(1));
      }
    }
    referenced.removeAll(defined);
    assertEquals(Set.of(), referenced, "references to no record");
    assertEquals(SampleContent.idOf("p-ips-ung"), SampleContent.idOf("p-ips-ung"));
    assertEquals(
        SampleContent.idOf("p-ips-ung"),
        SampleContent.records("projects.json").get(0).getString("id"));
  }

  @Test
  void coversTheDomain() {
    var projects = items("projects.json", ProjectJson.class);
    var publications = items("publications.json", PublicationJson.class);
    var reports = items("practice-reports.json", PracticeReportJson.class);
    assertTrue(projects.size() >= 12, "projects");
    assertTrue(publications.size() >= 16, "publications");
    assertTrue(reports.size() >= 12, "practice reports");
    assertTrue(SampleContent.records("organisations.json").size() >= 10);

    var all = Stream.of(projects, publications, reports).flatMap(List::stream).toList();
    var taxonomy = new Taxonomy();
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      Set<String> used = new HashSet<>();
      all.forEach(item -> used.addAll(keys(item, scheme)));
      assertEquals(taxonomy.keys(scheme), used, "every " + scheme + " key is used, and only those");
    }
    Set<String> languages = new HashSet<>();
    all.forEach(item -> languages.add(item.language));
    assertEquals(Set.of("nb", "nn", "en"), languages);
  }

  private static List<String> keys(ItemJson item, TaxonomyScheme scheme) {
    return switch (scheme) {
      case SECTOR -> item.sectors;
      case LEVEL_OF_CARE -> item.levelsOfCare;
      case TOPIC -> item.topics;
    };
  }
}
