package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.CurationViews;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchOperations;
import no.arbeidoghelse.kunnskapsbase.search.entity.FacetName;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * The front page: the search box, what editors feature, the themes, the latest published records
 * and how many records each sector has. It shows the public view whoever is signed in.
 */
@WebServlet(urlPatterns = "")
public class FrontPage extends Page {

  @Inject ItemKinds kinds;
  @Inject SearchOperations search;
  @Inject CurationViews curation;
  @Inject Labels labels;
  @Inject WebPaths paths;

  /** A featured record as the front page shows it, in the page's language. */
  public record Featured(String url, String title, String teaser) {}

  @Override
  protected View view(Visit visit) {
    boolean english = visit.lang().equals("en");
    List<Featured> featured =
        curation.featured(false).stream()
            .filter(f -> f.item() != null)
            .map(
                f ->
                    new Featured(
                        paths.item(f.item().type(), f.item().id()),
                        english && f.item().titleEn() != null
                            ? f.item().titleEn()
                            : f.item().title(),
                        english && f.teaserEn() != null ? f.teaserEn() : f.teaser()))
            .toList();
    var latest =
        search.search(
            // records only: the organisations that search also finds are not "records"
            new SearchRequest(
                "",
                Map.of(FacetName.TYPE, Set.copyOf(kinds.keys())),
                Set.of(),
                null,
                null,
                SearchRequest.Sort.NEWEST,
                1,
                6,
                visit.lang()),
            Caller.ANONYMOUS);
    List<HitView> hits =
        latest.hits().stream().map(hit -> HitView.of(hit, labels, visit.locale(), paths)).toList();
    return new View(
        "front",
        visit.text("site.name"),
        Map.of(
            "featured", featured,
            "themes", curation.themes(false),
            "latest", hits,
            "total", latest.total(),
            "sectors", latest.facets().getOrDefault("sector", List.of())));
  }
}
