package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.vocabulary.boundary.VocabularyEntryJson;
import no.arbeidoghelse.kunnskapsbase.vocabulary.boundary.VocabularyViews;
import no.arbeidoghelse.kunnskapsbase.vocabulary.control.Vocabulary;

/**
 * Editors keep the search vocabulary: terms that mean the same (abbreviations, everyday and formal
 * names, older and newer names). A change is used by searches within seconds; the latest changes
 * are listed with who made them.
 */
@WebServlet(urlPatterns = "/redaksjon/ordliste")
public class VocabularyPage extends Page {

  static final String PATH = "/redaksjon/ordliste";
  private static final int SHOWN = PageRequest.MAX_SIZE;
  private static final int CHANGES_SHOWN = 15;

  @Inject VocabularyViews vocabulary;
  @Inject Taxonomy taxonomy;

  /** A language to choose, with its label in the page's language. */
  public record Language(String key, String label) {}

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    String done = visit.request().getParameter("melding");
    return page(
        visit, Map.of(), Map.of(), done == null ? null : visit.text("vocabulary.done." + done));
  }

  private View page(
      Visit visit, Map<String, String> errors, Map<String, String> values, String message) {
    if (!visit.caller().isEditor()) {
      throw ApiException.forbidden(visit.text("error.editorsOnly"));
    }
    String containing = visit.request().getParameter("q");
    Map<String, Object> model = new HashMap<>();
    model.put("entries", vocabulary.entries(null, containing, new PageRequest(1, SHOWN)));
    model.put("changes", vocabulary.history(null, new PageRequest(1, CHANGES_SHOWN)).items());
    model.put(
        "languages",
        taxonomy.valueList(Vocabulary.LANGUAGES).stream()
            .map(
                term ->
                    new Language(term.key(), term.labels().getOrDefault(visit.lang(), term.key())))
            .toList());
    model.put("q", containing == null ? "" : containing);
    model.put("errors", errors);
    model.put("values", values);
    model.put("message", message);
    return new View("vocabulary", visit.text("vocabulary.title"), model);
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    var request = visit.request();
    String action = request.getParameter("action");
    Map<String, String> values = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
    String version = "\"" + values.getOrDefault("version", "") + "\"";
    try {
      switch (action == null ? "" : action) {
        case "add" -> vocabulary.add(entry(values), visit.caller());
        case "change" ->
            vocabulary.change(values.get("id"), version, entry(values), visit.caller());
        case "remove" -> vocabulary.remove(values.get("id"), version, visit.caller());
        default -> throw ApiException.badRequest(visit.text("error.request"));
      }
      return Outcome.redirect(PATH + "?melding=" + action);
    } catch (DomainException e) {
      int status = HttpStatuses.of(e);
      if (status == 412) {
        return Outcome.show(
            page(visit, Map.of(action + "-terms", visit.text("vocabulary.stale")), values, null),
            status);
      }
      if (status != 400) {
        throw e;
      }
      return Outcome.show(
          page(visit, FieldMessages.byField(e, action + "-", "terms", visit), values, null),
          status);
    }
  }

  /** The form's entry: terms one per line or separated by commas (a term holds neither). */
  private static VocabularyEntryJson entry(Map<String, String> values) {
    List<String> terms =
        Arrays.stream(values.getOrDefault("terms", "").split("[\\n,]"))
            .map(String::strip)
            .filter(term -> !term.isEmpty())
            .toList();
    return new VocabularyEntryJson(
        null, values.get("language"), terms, values.get("note"), null, null, null, null, null);
  }
}
