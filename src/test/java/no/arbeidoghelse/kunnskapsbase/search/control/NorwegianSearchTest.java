package no.arbeidoghelse.kunnskapsbase.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Norwegian (and English) text is found: each case searches with one wording and must find a
 * record written with another, through the configured analyzers of {@code index-config/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NorwegianSearchTest {

  @TempDir static Path directory;
  private SearchFixture fixture;

  @BeforeAll
  void index() throws IOException {
    fixture = new SearchFixture(directory);
    fixture
        .record("follow-up")
        .title("Oppfølging av sykefravær i kommunene")
        .summary("Hvordan fastleger og arbeidsgivere samarbeider om sykmeldte.")
        .add();
    fixture
        .record("work-rehab")
        .title("Arbeidsrehabilitering etter langvarige smerter")
        .summary("Et tilbud i spesialisthelsetjenesten.")
        .add();
    fixture
        .record("nynorsk")
        .language("nn")
        .title("Sjukefråvær blant unge arbeidstakarar")
        .summary("Ein studie av fråvær og oppfølging i verksemder.")
        .add();
    fixture
        .record("aap")
        .title("Mottakere av arbeidsavklaringspenger og veien tilbake til jobb")
        .summary("Registerstudie.")
        .add();
    fixture
        .record("ips")
        .title("Individuell jobbstøtte for personer med psykiske lidelser")
        .summary("Effekter av individuell jobbstøtte.")
        .add();
    fixture
        .record("english")
        .language("en")
        .title("Returning to work after sick leave")
        .summary("A cohort of employees returning to work after musculoskeletal complaints.")
        .add();
    fixture
        .record("compound")
        .title("Sykefraværsoppfølging i praksis")
        .summary("Erfaringer fra bedriftshelsetjenesten.")
        .add();
    fixture
        .record("pdf-only")
        .title("Sluttrapport")
        .summary("Rapport fra prosjektet.")
        .document("no", "Vedlegget beskriver kvalitetsforbedringsarbeid med pasientforløp.")
        .add();
    fixture
        .record("vocational")
        .title("Attføring for unge voksne")
        .summary("Et kvalifiseringsløp.")
        .add();
    fixture
        .record("abbreviations")
        .title("ARR og IPS for mottakere av AAP")
        .summary("Erfaringer fra NAV.")
        .add();
    fixture
        .record("newcomers")
        .title("Oppfølging av nyansatte")
        .summary("Om introduksjon på arbeidsplassen.")
        .add();
    fixture
        .record("children")
        .title("Barn og unge i skolen")
        .summary("Om utdanning og psykisk helse blant barn.")
        .add();
  }

  @AfterAll
  void close() throws IOException {
    fixture.close();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    // compound words found by their parts, and parts by their compounds
    "sykefraværsoppfølging, follow-up",
    "oppfølging sykefravær, compound",
    "rehabilitering, work-rehab",
    "arbeid rehabilitering, work-rehab",
    // Nynorsk and Bokmål meet
    "sjukefråvær, follow-up",
    "sykefravær, nynorsk",
    "arbeidstakere, nynorsk",
    "sjukefråværsoppfølging, follow-up",
    // abbreviations expanded
    "AAP, aap",
    "IPS, ips",
    "arbeidsavklaringspenger, aap",
    "ARR, vocational",
    "ARR, work-rehab",
    // ... and back: the long forms find the abbreviations
    "arbeidsrettet rehabilitering, abbreviations",
    "individuell jobbstøtte, abbreviations",
    "arbeidsavklaringspenger, abbreviations",
    // a synonym of several words (as a phrase), whose words are themselves split as compounds
    "'\"arbeidsrettet rehabilitering\"', vocational",
    // ... and without quotes
    "arbeidsrettet rehabilitering, vocational",
    "individuell jobbstøtte, ips",
    "psykisk uhelse, ips",
    // older names of benefits
    "attføringspenger, aap",
    // the other standard's inflected forms and function words
    "sjukefråværet, follow-up",
    "kommunane, follow-up",
    "attføring, work-rehab",
    // æ/ø/å written as ae/oe/aa
    "sykefravaer, follow-up",
    "jobbstoette, ips",
    "oppfoelging, follow-up",
    // inflections
    "kommune, follow-up",
    "sykmeldt, follow-up",
    "lidelse, ips",
    // English
    "return to work, english",
    "returning to work, english",
    "employee, english",
    "RTW, english",
    // a word only in a document's text
    "kvalitetsforbedringsarbeid, pdf-only",
    "pasientforløp, pdf-only",
    // upper case and punctuation
    "SYKEFRAVÆR!, follow-up",
  })
  void finds(String query, String expected) throws IOException {
    var found = fixture.ids(query);
    assertTrue(found.contains(expected), query + " should find " + expected + ", found " + found);
  }

  @ParameterizedTest(name = "{0} does not find {1}")
  @CsvSource({
    "psykisk, follow-up",
    "sykefravær -kommunene, follow-up",
    "\"individuell jobbstøtte\", follow-up",
    // a compound asks for its parts together, not for each on its own
    "sykefraværsoppfølging, newcomers",
  })
  void doesNotFind(String query, String unexpected) throws IOException {
    var found = fixture.ids(query);
    assertFalse(
        found.contains(unexpected), query + " should not find " + unexpected + ": " + found);
  }

  @ParameterizedTest(name = "odd input: [{0}]")
  @CsvSource(
      value = {
        "\"",
        "(",
        ")",
        "*",
        "sykefravær AND",
        "OR",
        "-",
        "+",
        "\"\"",
        "[x]",
        "{}",
        "~2",
        "a:b",
        "sykefravær OR",
        "NOT",
        "((((",
        "\\",
        "*:*",
        "?",
        "AND OR NOT",
      },
      quoteCharacter = '\'')
  void anyInputIsSearched(String query) throws IOException {
    var result = fixture.search(query);
    assertTrue(result.total() >= 0);
  }

  @org.junit.jupiter.api.Test
  void veryLongInputIsSearched() throws IOException {
    String query = "sykefravær ".repeat(5000) + "\"".repeat(100) + "(".repeat(100);
    assertTrue(fixture.search(query).total() > 0);
  }

  @org.junit.jupiter.api.Test
  void orFindsEither() throws IOException {
    var found = fixture.ids("smerter OR jobbstøtte");
    assertTrue(found.containsAll(java.util.List.of("work-rehab", "ips")), found.toString());
  }

  @org.junit.jupiter.api.Test
  void snippetsAreEscapedAndMarked() throws IOException {
    fixture
        .record("escape")
        .title("Skadelig <script>")
        .summary("Tekst med <b>tagger</b> & sykefravær.")
        .add();
    var hit =
        fixture.search("tagger").hits().stream()
            .filter(h -> h.id().equals("escape"))
            .findFirst()
            .orElseThrow();
    assertTrue(hit.snippet().contains("<mark>tagger</mark>"), hit.snippet());
    assertFalse(hit.snippet().contains("<b>"), hit.snippet());
    assertTrue(hit.snippet().contains("&lt;b&gt;"), hit.snippet());
  }

  @org.junit.jupiter.api.Test
  void misspellingsGetASuggestion() throws IOException {
    var result = fixture.search("sykefravar");
    assertEquals("sykefravær", result.didYouMean());
  }
}
