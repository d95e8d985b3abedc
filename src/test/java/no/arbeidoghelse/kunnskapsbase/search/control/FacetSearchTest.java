package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.search.query.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts, drill-sideways, the topic tree, filters, order, paging and who sees what. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetSearchTest {

  @TempDir static Path directory;
  private SearchFixture fixture;

  @BeforeAll
  void index() throws IOException {
    fixture = new SearchFixture(directory);
    fixture
        .record("p1")
        .type("project")
        .status("ongoing")
        .year(2021)
        .sectors("health")
        .levels("primary-care")
        .topics("anxiety-depression")
        .organisations("org-a")
        .title("Angst på jobb")
        .add();
    fixture
        .record("p2")
        .type("project")
        .status("completed")
        .year(2019)
        .sectors("health", "labour-welfare")
        .levels("welfare-services")
        .topics("sick-leave")
        .title("Sykefravær og Nav")
        .add();
    fixture
        .record("u1")
        .type("publication")
        .year(2023)
        .sectors("labour-welfare")
        .levels("welfare-services")
        .topics("substance-use")
        .organisations("org-b")
        .title("Rus og arbeid")
        .add();
    fixture
        .record("u2")
        .type("publication")
        .year(2024)
        .language("en")
        .sectors("education")
        .levels("education-services")
        .topics("young-people")
        .title("Young people and work")
        .add();
    fixture
        .record("r1")
        .type("practice-report")
        .year(2022)
        .sectors("health")
        .levels("primary-care")
        .topics("mental-health")
        .title("Psykisk helse i kommunen")
        .add();
    fixture
        .record("draft")
        .type("publication")
        .state("draft", "forsker1")
        .sectors("health")
        .title("Utkast om angst")
        .add();
    fixture
        .record("review")
        .type("publication")
        .state("in-review", "forsker2")
        .sectors("health")
        .title("Til vurdering om angst")
        .add();
    fixture
        .record("gone")
        .type("publication")
        .state("withdrawn", "forsker1")
        .sectors("health")
        .title("Trukket om angst")
        .add();
  }

  @AfterAll
  void close() throws IOException {
    fixture.close();
  }

  private SearchRequest.Result search(Map<FacetName, Set<String>> selected) throws IOException {
    return fixture.search(SearchFixture.request("", selected), Caller.ANONYMOUS);
  }

  private static Map<String, Long> counts(SearchRequest.Result result, FacetName facet) {
    return result.facets().get(facet).stream()
        .collect(Collectors.toMap(SearchRequest.FacetValue::key, SearchRequest.FacetValue::count));
  }

  private static Set<String> ids(SearchRequest.Result result) {
    return result.hits().stream().map(SearchRequest.Hit::id).collect(Collectors.toSet());
  }

  @Test
  void countsEveryPublishedRecord() throws IOException {
    var result = search(Map.of());
    assertEquals(5, result.total());
    assertEquals(
        Map.of("project", 2L, "publication", 2L, "practice-report", 1L),
        counts(result, FacetName.TYPE));
    assertEquals(
        Map.of("health", 3L, "labour-welfare", 2L, "education", 1L),
        counts(result, FacetName.SECTOR));
    assertEquals(Map.of("ongoing", 1L, "completed", 1L), counts(result, FacetName.STATUS));
    assertEquals(Map.of("nb", 4L, "en", 1L), counts(result, FacetName.LANGUAGE));
    assertEquals(
        List.of("2024", "2023", "2022", "2021", "2019"),
        result.facets().get(FacetName.YEAR).stream().map(SearchRequest.FacetValue::key).toList());
  }

  @Test
  void parentTopicCountsAndFindsItsChildren() throws IOException {
    var all = search(Map.of());
    assertEquals(3L, counts(all, FacetName.TOPIC).get("mental-health"));
    var parent = search(Map.of(FacetName.TOPIC, Set.of("mental-health")));
    assertEquals(Set.of("p1", "u1", "r1"), ids(parent));
    var child = search(Map.of(FacetName.TOPIC, Set.of("substance-use")));
    assertEquals(Set.of("u1"), ids(child));
  }

  @Test
  void valuesOfOneFacetAreOrAndFacetsAreAnd() throws IOException {
    var either = search(Map.of(FacetName.SECTOR, Set.of("education", "labour-welfare")));
    assertEquals(Set.of("p2", "u1", "u2"), ids(either));
    var both =
        search(Map.of(FacetName.SECTOR, Set.of("health"), FacetName.TYPE, Set.of("project")));
    assertEquals(Set.of("p1", "p2"), ids(both));
  }

  @Test
  void countsAreDrillSideways() throws IOException {
    var result = search(Map.of(FacetName.TYPE, Set.of("project")));
    assertEquals(2, result.total());
    // the type facet ignores its own selection...
    assertEquals(
        Map.of("project", 2L, "publication", 2L, "practice-report", 1L),
        counts(result, FacetName.TYPE));
    assertTrue(
        result.facets().get(FacetName.TYPE).stream()
            .filter(SearchRequest.FacetValue::selected)
            .allMatch(v -> v.key().equals("project")));
    // ...the other facets count within it
    assertEquals(Map.of("health", 2L, "labour-welfare", 1L), counts(result, FacetName.SECTOR));
  }

  @Test
  void aSelectedValueWithoutRecordsIsStillShown() throws IOException {
    var result =
        search(
            Map.of(
                FacetName.TYPE, Set.of("practice-report"), FacetName.SECTOR, Set.of("education")));
    assertEquals(0, result.total());
    var education =
        result.facets().get(FacetName.SECTOR).stream()
            .filter(v -> v.key().equals("education"))
            .findFirst()
            .orElseThrow();
    assertTrue(education.selected());
    assertEquals(0, education.count());
  }

  @Test
  void labelsFollowTheRequestedLanguage() throws IOException {
    var request =
        new SearchRequest(
            "", Map.of(), Set.of(), null, null, SearchRequest.Sort.RELEVANCE, 1, 10, "en");
    var result = fixture.search(request, Caller.ANONYMOUS);
    var project =
        result.facets().get(FacetName.TYPE).stream()
            .filter(v -> v.key().equals("project"))
            .findFirst()
            .orElseThrow();
    assertEquals("Project", project.label());
  }

  @Test
  void yearRangeAndOrganisationFilter() throws IOException {
    var years =
        fixture.search(
            new SearchRequest(
                "", Map.of(), Set.of(), 2021, 2023, SearchRequest.Sort.RELEVANCE, 1, 10, "nb"),
            Caller.ANONYMOUS);
    assertEquals(Set.of("p1", "u1", "r1"), ids(years));
    var organisation =
        fixture.search(
            new SearchRequest(
                "",
                Map.of(),
                Set.of("org-b"),
                null,
                null,
                SearchRequest.Sort.RELEVANCE,
                1,
                10,
                "nb"),
            Caller.ANONYMOUS);
    assertEquals(Set.of("u1"), ids(organisation));
  }

  @Test
  void sortsAndPages() throws IOException {
    var newest =
        fixture.search(
            new SearchRequest(
                "", Map.of(), Set.of(), null, null, SearchRequest.Sort.NEWEST, 1, 2, "nb"),
            Caller.ANONYMOUS);
    assertEquals(List.of("u2", "u1"), newest.hits().stream().map(SearchRequest.Hit::id).toList());
    var secondPage =
        fixture.search(
            new SearchRequest(
                "", Map.of(), Set.of(), null, null, SearchRequest.Sort.NEWEST, 2, 2, "nb"),
            Caller.ANONYMOUS);
    assertEquals(
        List.of("r1", "p1"), secondPage.hits().stream().map(SearchRequest.Hit::id).toList());
    assertEquals(5, secondPage.total());
    var oldest =
        fixture.search(
            new SearchRequest(
                "", Map.of(), Set.of(), null, null, SearchRequest.Sort.OLDEST, 1, 1, "nb"),
            Caller.ANONYMOUS);
    assertEquals("p2", oldest.hits().get(0).id());
    var beyond =
        fixture.search(
            new SearchRequest(
                "", Map.of(), Set.of(), null, null, SearchRequest.Sort.OLDEST, 9, 10, "nb"),
            Caller.ANONYMOUS);
    assertEquals(0, beyond.hits().size());
    assertEquals(5, beyond.total());
  }

  @Test
  void unpublishedRecordsAreSeenByTheirOwnerAndEditorsOnlyAndWithdrawnByNobody()
      throws IOException {
    var anonymous = fixture.search(SearchFixture.request("angst", Map.of()), Caller.ANONYMOUS);
    assertEquals(Set.of("p1"), ids(anonymous));
    var browsing = fixture.search(SearchFixture.request("", Map.of()), Caller.ANONYMOUS);
    assertTrue(
        Collections.disjoint(ids(browsing), Set.of("draft", "review", "gone")),
        ids(browsing).toString());
    var owner =
        fixture.search(
            SearchFixture.request("angst", Map.of()),
            new Caller("forsker1", Set.of(Caller.Role.RESEARCHER)));
    assertEquals(Set.of("p1", "draft"), ids(owner));
    var other =
        fixture.search(
            SearchFixture.request("angst", Map.of()),
            new Caller("forsker2", Set.of(Caller.Role.RESEARCHER)));
    assertEquals(Set.of("p1", "review"), ids(other));
    var editor =
        fixture.search(
            SearchFixture.request("angst", Map.of()),
            new Caller("red", Set.of(Caller.Role.EDITOR)));
    assertEquals(Set.of("p1", "draft", "review"), ids(editor));
  }

  @Test
  void suggestionsComeFromPublishedRecordsOnly() throws IOException {
    var suggestions = new Suggestions(fixture.index, SearchFixture.SCHEMA);
    assertTrue(
        suggestions.suggest("Sykef").contains("sykefravær"),
        suggestions.suggest("Sykef").toString());
    assertTrue(suggestions.suggest("psykisk hel").contains("Psykisk helse i kommunen"));
    assertTrue(suggestions.suggest("utkast").isEmpty());
    assertTrue(suggestions.suggest("  ").isEmpty());
  }
}
