package no.arbeidoghelse.kunnskapsbase.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportJson;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportKind;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectJson;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectKind;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationJson;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationKind;
import no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord;
import no.arbeidoghelse.kunnskapsbase.testing.Services;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search index reads records through the views of migration V6: every kind's fields arrive, on
 * both databases, and a schema that no longer answers is refused at start.
 */
class RecordSourceIT {

  private static final Caller EDITOR = new Caller("eva", Set.of(Caller.Role.EDITOR));

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void everyKindArrivesThroughTheViews(String name, Supplier<TestDatabase> create) {
    try (var database = create.get().migrated()) {
      var s = new Services(database.entityManagerFactory().createEntityManager());
      var project = new ProjectJson();
      common(project, "Prosjekt");
      project.status = "ongoing";
      project.startDate = LocalDate.of(2023, 5, 1);
      project.design = "Randomisert studie";
      project.targetGroup = "Unge voksne";
      project.funding = List.of(new ProjectJson.FundingJson("Forskningsrådet", null, null));
      String projectId =
          s.inTransaction(() -> s.items.create(new ProjectKind(), project, EDITOR)).id;
      var publication = new PublicationJson();
      common(publication, "Publikasjon");
      publication.publicationType = "article";
      publication.year = 2024;
      publication.authors = List.of("Kari Nordmann", "Ola Nordmann");
      publication.abstractText = "Sammendrag av artikkelen";
      publication.venue = "Tidsskrift for velferd";
      String publicationId =
          s.inTransaction(() -> s.items.create(new PublicationKind(), publication, EDITOR)).id;
      var report = new PracticeReportJson();
      common(report, "Erfaring");
      report.provider = "Nav Grünerløkka";
      report.providerType = "nav-unit";
      report.year = 2022;
      report.results = "Flere i arbeid";
      report.lessons = "Start tidlig";
      String reportId =
          s.inTransaction(() -> s.items.create(new PracticeReportKind(), report, EDITOR)).id;

      var source = new RecordSource(database.dataSource(), id -> Path.of("/nonexistent", id));
      source.checkContract();
      Map<String, IndexedRecord> read =
          source.load(List.of(projectId, publicationId, reportId)).stream()
              .collect(Collectors.toMap(IndexedRecord::id, Function.identity()));

      IndexedRecord p = read.get(projectId);
      assertEquals("project", p.type());
      assertEquals("ongoing", p.status());
      assertEquals(2023, p.year());
      assertEquals(List.of("Randomisert studie", "Unge voksne"), p.details());
      assertEquals(List.of("Kari Leder", "Forskningsrådet"), p.names());

      IndexedRecord pub = read.get(publicationId);
      assertEquals("publication", pub.type());
      assertEquals(2024, pub.year());
      assertEquals(List.of("Sammendrag av artikkelen"), pub.details());
      assertEquals(
          List.of("Tidsskrift for velferd", "Kari Leder", "Kari Nordmann", "Ola Nordmann"),
          pub.names());

      IndexedRecord r = read.get(reportId);
      assertEquals("practice-report", r.type());
      assertEquals(2022, r.year());
      assertEquals(List.of("Flere i arbeid", "Start tidlig"), r.details());
      assertEquals(List.of("Nav Grünerløkka", "Kari Leder"), r.names());
      assertTrue(r.owners().contains("eva"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void aSchemaThatNoLongerAnswersIsRefusedAtStart(String name, Supplier<TestDatabase> create)
      throws Exception {
    try (var database = create.get().migrated()) {
      try (var c = database.dataSource().getConnection();
          var statement = c.createStatement()) {
        statement.execute("DROP VIEW search_record_text");
      }
      var source = new RecordSource(database.dataSource(), id -> Path.of("/nonexistent", id));
      var refused = assertThrows(IllegalStateException.class, source::checkContract);
      assertTrue(refused.getMessage().contains("migration V6"), refused.getMessage());
    }
  }

  private static void common(ItemJson json, String title) {
    json.title = title;
    json.language = "nb";
    json.people = List.of(new ItemJson.PersonRoleJson(null, "Kari Leder", "contact"));
  }
}
