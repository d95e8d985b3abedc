package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.curation.control.Curation;
import no.arbeidoghelse.kunnskapsbase.curation.entity.FeaturedRecord;
import no.arbeidoghelse.kunnskapsbase.curation.entity.Theme;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;

/**
 * What curation shows, for the API and the web pages alike: the featured records and themes as the
 * public sees them (current, published records only) or, for editors, everything.
 */
@ApplicationScoped
@Transactional
public class CurationViews {

  @Inject Curation curation;

  public List<FeaturedJson> featured(boolean everything) {
    LocalDate today = curation.today();
    List<FeaturedRecord> entries = curation.featured();
    Map<String, Item> items = curation.items(entries.stream().map(FeaturedRecord::itemId).toList());
    return entries.stream()
        .filter(
            f ->
                everything
                    || (f.isCurrent(today) && CurationRequests.isPublished(items.get(f.itemId()))))
        .map(f -> json(f, items.get(f.itemId()), today))
        .toList();
  }

  public List<ThemeJson> themes(boolean everything) {
    List<Theme> themes = curation.themes();
    Map<String, Item> items =
        curation.items(themes.stream().flatMap(t -> t.itemIds().stream()).distinct().toList());
    return themes.stream().map(t -> json(t, items, everything)).toList();
  }

  public ThemeJson theme(String idOrSlug, boolean everything) {
    Theme theme = curation.requireTheme(idOrSlug);
    return json(theme, curation.items(theme.itemIds()), everything);
  }

  static FeaturedJson json(FeaturedRecord f, Item item, LocalDate today) {
    return new FeaturedJson(
        f.id(),
        f.position(),
        f.from(),
        f.to(),
        f.teaser(),
        f.teaserEn(),
        f.isCurrent(today),
        item == null ? null : CuratedItemJson.of(item));
  }

  static ThemeJson json(Theme t, Map<String, Item> items, boolean everything) {
    return new ThemeJson(
        t.id(),
        t.slug(),
        t.title(),
        t.titleEn(),
        t.introduction(),
        t.introductionEn(),
        t.position(),
        t.itemIds().stream()
            .map(items::get)
            .filter(item -> everything ? item != null : CurationRequests.isPublished(item))
            .map(CuratedItemJson::of)
            .toList());
  }
}
