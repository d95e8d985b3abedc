package no.arbeidoghelse.kunnskapsbase.web.boundary;

import java.util.List;
import java.util.Locale;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.organisation.entity.Organisation;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;
import no.arbeidoghelse.kunnskapsbase.web.control.PageRenderer;

/**
 * A search hit as a page lists it. The snippet is the search's HTML-escaped text with {@code
 * <mark>} only, so it may be written as markup.
 */
public record HitView(
    String url,
    String type,
    String typeLabel,
    String title,
    String snippet,
    Integer year,
    List<String> sectors,
    List<String> topics) {

  static HitView of(SearchJson.Hit hit, Labels labels, Locale locale, WebPaths paths) {
    return new HitView(
        paths.item(hit.type(), hit.id()),
        hit.type(),
        PageRenderer.text(
            locale,
            (Organisation.TYPE.equals(hit.type()) ? "directoryTypes" : ItemKinds.VALUE_LIST)
                + "."
                + hit.type()),
        hit.title(),
        hit.snippet(),
        hit.year(),
        labels.of(TaxonomyScheme.SECTOR, hit.sectors(), locale),
        labels.of(TaxonomyScheme.TOPIC, hit.topics(), locale));
  }
}
