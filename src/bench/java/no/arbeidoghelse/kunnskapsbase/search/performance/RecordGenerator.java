package no.arbeidoghelse.kunnskapsbase.search.performance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic records for load tests: titles and about 2 KB of text in Bokmål, Nynorsk or English
 * built from the field's vocabulary, with every facet filled. The same seed gives the same records.
 */
final class RecordGenerator {

  record Generated(
      String type,
      String language,
      String title,
      String summary,
      String body,
      List<String> keywords,
      List<String> sectors,
      List<String> levels,
      List<String> topics,
      String status,
      int year) {}

  private static final String[] SECTORS = {"health", "labour-welfare", "education", "working-life"};
  private static final String[] LEVELS = {
    "primary-care",
    "specialist-care",
    "rehabilitation",
    "occupational-health",
    "welfare-services",
    "education-services"
  };
  private static final String[] TOPICS = {
    "mental-health", "anxiety-depression", "substance-use", "severe-mental-illness",
        "musculoskeletal",
    "sick-leave", "work-rehabilitation", "workplace-inclusion", "young-people", "ips",
    "health-benefits", "collaboration", "user-involvement", "chronic-pain", "methods"
  };
  private static final String[] STATUSES = {"planned", "ongoing", "completed"};

  private static final String[] NB_SUBJECTS = {
    "sykefravær",
    "oppfølging av sykmeldte",
    "arbeidsrettet rehabilitering",
    "individuell jobbstøtte",
    "arbeidsavklaringspenger",
    "psykiske helseplager",
    "muskel- og skjelettplager",
    "unge utenfor arbeid",
    "tilrettelegging på arbeidsplassen",
    "samarbeid mellom Nav og helsetjenesten",
    "brukermedvirkning",
    "kroniske smerter",
    "angst og depresjon",
    "rusmiddelbruk",
    "uføretrygd",
    "dialogmøter",
    "bedriftshelsetjenesten",
    "fastlegens rolle",
    "gradert sykmelding",
    "arbeidsevne"
  };
  private static final String[] NB_SETTINGS = {
    "i kommunene",
    "i spesialisthelsetjenesten",
    "blant unge voksne",
    "i små bedrifter",
    "ved Nav-kontorene",
    "i videregående skole",
    "for personer med alvorlige psykiske lidelser",
    "etter langvarig sykefravær",
    "i primærhelsetjenesten",
    "på arbeidsplassen"
  };
  private static final String[] NB_SENTENCES = {
    "Studien undersøker hvordan %s påvirker deltakelse i arbeidslivet %s.",
    "Prosjektet kartlegger erfaringer med %s %s og utvikler nye tiltak.",
    "Vi fulgte deltakerne i to år og målte tilbakeføring til arbeid, helse og livskvalitet.",
    "Resultatene viser at tett samarbeid mellom tjenestene gir raskere retur til arbeid.",
    "Deltakerne beskrev %s som avgjørende for å mestre hverdagen %s.",
    "Registerdata fra Nav og Statistisk sentralbyrå ble koblet med spørreskjemadata.",
    "Kvalitative intervjuer med ledere, veiledere og brukere utfyller de kvantitative funnene.",
    "Tiltaket ble evaluert i en randomisert kontrollert studie med oppfølging etter tolv måneder.",
    "Funnene har betydning for hvordan %s organiseres %s.",
    "Rapporten gir anbefalinger til arbeidsgivere, fastleger og veiledere om %s."
  };
  private static final String[] NN_SENTENCES = {
    "Studien undersøkjer korleis sjukefråvær og %s påverkar deltaking i arbeidslivet %s.",
    "Prosjektet kartlegg erfaringar med %s %s og utviklar nye tiltak.",
    "Vi følgde deltakarane i to år og målte tilbakeføring til arbeid, helse og livskvalitet.",
    "Resultata viser at tett samarbeid mellom tenestene gjev raskare retur til arbeid.",
    "Funna har betyding for korleis %s vert organisert %s."
  };
  private static final String[] EN_SUBJECTS = {
    "sick leave",
    "return to work",
    "individual placement and support",
    "vocational rehabilitation",
    "common mental disorders",
    "musculoskeletal pain",
    "young people not in employment",
    "workplace accommodation",
    "interprofessional collaboration",
    "user involvement",
    "disability benefits",
    "chronic pain",
    "graded sick leave",
    "work ability"
  };
  private static final String[] EN_SETTINGS = {
    "in primary care", "in specialist mental health services", "among young adults",
    "in small enterprises", "in the Norwegian welfare system", "after long-term sickness absence"
  };
  private static final String[] EN_SENTENCES = {
    "This study examines how %s affects participation in working life %s.",
    "We followed participants for two years and measured return to work, health and quality of life.",
    "The results show that close collaboration between services leads to a faster return to work.",
    "Participants described %s as decisive for coping with everyday life %s.",
    "Register data were linked with questionnaire data from employees and employers.",
    "The intervention was evaluated in a randomised controlled trial with twelve months of follow-up.",
    "The findings matter for how %s is organised %s."
  };

  private final Random random;

  RecordGenerator(long seed) {
    this.random = new Random(seed);
  }

  Generated next() {
    double r = random.nextDouble();
    String language = r < 0.6 ? "nb" : r < 0.7 ? "nn" : "en";
    String type = pick(new String[] {"project", "publication", "publication", "practice-report"});
    String subject = language.equals("en") ? pick(EN_SUBJECTS) : pick(NB_SUBJECTS);
    String setting = language.equals("en") ? pick(EN_SETTINGS) : pick(NB_SETTINGS);
    String title = capitalise(subject) + " " + setting;
    String[] sentences =
        language.equals("en") ? EN_SENTENCES : language.equals("nn") ? NN_SENTENCES : NB_SENTENCES;
    String summary = text(sentences, language, 600);
    String body = text(sentences, language, 1400);
    List<String> keywords = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      keywords.add(language.equals("en") ? pick(EN_SUBJECTS) : pick(NB_SUBJECTS));
    }
    return new Generated(
        type,
        language,
        title,
        summary,
        body,
        List.copyOf(new LinkedHashSet<>(keywords)),
        some(SECTORS, 2),
        some(LEVELS, 2),
        some(TOPICS, 3),
        type.equals("project") ? pick(STATUSES) : null,
        2000 + random.nextInt(26));
  }

  private String text(String[] sentences, String language, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      String subject = language.equals("en") ? pick(EN_SUBJECTS) : pick(NB_SUBJECTS);
      String setting = language.equals("en") ? pick(EN_SETTINGS) : pick(NB_SETTINGS);
      text.append(String.format(pick(sentences), subject, setting)).append(' ');
    }
    return text.toString().trim();
  }

  private List<String> some(String[] values, int max) {
    Set<String> chosen = new LinkedHashSet<>();
    int n = 1 + random.nextInt(max);
    while (chosen.size() < n) {
      chosen.add(pick(values));
    }
    return List.copyOf(chosen);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
