package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.CurationViews;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.FeaturedInputJson;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.ThemeInputJson;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.StorableDates;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;

/**
 * Editors curate: the featured records (with teasers and dates) and the theme collections. A record
 * is named by its id or by the address of its page.
 */
@WebServlet(urlPatterns = "/redaksjon/utvalgt")
public class CurationPage extends Page {

  @Inject CurationViews curation;

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    String done = visit.request().getParameter("melding");
    return page(
        visit, Map.of(), Map.of(), done == null ? null : visit.text("curation.done." + done));
  }

  private View page(
      Visit visit, Map<String, String> errors, Map<String, String> values, String message) {
    if (!visit.caller().isEditor()) {
      throw ApiException.forbidden(visit.text("error.editorsOnly"));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("featured", curation.featured(true));
    model.put("themes", curation.themes(true));
    model.put("errors", errors);
    model.put("values", values);
    model.put("message", message);
    return new View("curation", visit.text("curation.title"), model);
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    var request = visit.request();
    String action = request.getParameter("action");
    Map<String, String> values = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
    try {
      switch (action == null ? "" : action) {
        case "feature" ->
            curation.feature(
                new FeaturedInputJson(
                    recordId(values.get("itemId")),
                    null,
                    date(values.get("from"), "from"),
                    date(values.get("to"), "to"),
                    values.get("teaser"),
                    values.get("teaserEn")),
                visit.caller());
        case "unfeature" -> curation.unfeature(values.get("id"), visit.caller());
        case "theme" ->
            curation.createTheme(
                new ThemeInputJson(
                    values.getOrDefault("slug", "").strip(),
                    values.getOrDefault("title", ""),
                    values.get("titleEn"),
                    values.get("introduction"),
                    values.get("introductionEn"),
                    null,
                    values
                        .getOrDefault("itemIds", "")
                        .lines()
                        .map(RecordId::of)
                        .filter(id -> !id.isEmpty())
                        .toList()),
                visit.caller());
        case "deleteTheme" -> curation.deleteTheme(values.get("id"), visit.caller());
        default -> throw ApiException.badRequest(visit.text("error.request"));
      }
      return Outcome.redirect("/redaksjon/utvalgt?melding=" + action);
    } catch (DomainException e) {
      if (HttpStatuses.of(e) != 400 && HttpStatuses.of(e) != 409) {
        throw e;
      }
      Map<String, String> errors = FieldMessages.byField(e, action + "-", "", visit);
      return Outcome.show(page(visit, errors, values, null), HttpStatuses.of(e));
    }
  }

  private static String recordId(String given) {
    return given == null ? null : RecordId.of(given);
  }

  private static LocalDate date(String given, String field) {
    if (given == null || given.isBlank()) {
      return null;
    }
    return StorableDates.parse(given.strip())
        .orElseThrow(
            () ->
                ApiException.invalidField(
                    field, "must be a date such as 2026-12-01, in the years 1 to 9999"));
  }

  /** A record's id from the id itself or from the address of its page or API resource. */
  static final class RecordId {
    private RecordId() {}

    static String of(String given) {
      String text = given.strip();
      int slash = text.lastIndexOf('/');
      return slash >= 0 ? text.substring(slash + 1).replaceAll("[?#].*$", "") : text;
    }
  }
}
