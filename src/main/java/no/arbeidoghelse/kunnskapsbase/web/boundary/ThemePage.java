package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.CurationViews;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/** A theme collection: its introduction and its published records, in the editors' order. */
@WebServlet(urlPatterns = WebPaths.THEMES + "/*")
public class ThemePage extends Page {

  @Inject CurationViews curation;

  @Override
  protected View view(Visit visit) {
    String info = visit.request().getPathInfo();
    String slug = info == null ? "" : info.replaceAll("^/+|/+$", "");
    if (slug.isEmpty()) {
      throw ApiException.notFound(visit.text("error.noSuchPage"));
    }
    var theme = curation.theme(slug, false);
    boolean english = visit.lang().equals("en");
    String title = english && theme.titleEn() != null ? theme.titleEn() : theme.title();
    String introduction =
        english && theme.introductionEn() != null ? theme.introductionEn() : theme.introduction();
    return new View(
        "theme",
        title,
        Map.of(
            "theme",
            theme,
            "heading",
            title,
            "introduction",
            introduction == null ? "" : introduction));
  }
}
