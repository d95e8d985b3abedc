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
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestValidation;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * What curation shows, for the API and the web pages alike: the featured records and themes as the
 * public sees them (current, published records only) or, for editors, everything.
 */
@ApplicationScoped
@Transactional
public class CurationViews {

  @Inject Curation curation;
  @Inject ItemKinds kinds;
  @Inject jakarta.validation.Validator validator;

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

  private FeaturedJson json(FeaturedRecord f, Item item, LocalDate today) {
    return new FeaturedJson(
        f.id(),
        f.position(),
        f.from(),
        f.to(),
        f.teaser(),
        f.teaserEn(),
        f.isCurrent(today),
        item == null ? null : CuratedItemJson.of(item, kinds));
  }

  private ThemeJson json(Theme t, Map<String, Item> items, boolean everything) {
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
            .map(item -> CuratedItemJson.of(item, kinds))
            .toList());
  }

  /** Features a record (editors); for the editors' page. */
  public FeaturedJson feature(FeaturedInputJson body, Caller caller) {
    Curation.requireEditor(caller);
    RequestValidation.requireValid(validator, body);
    FeaturedRecord entry = saveFeatured(null, body, caller);
    return json(entry);
  }

  /** A featured entry with its record. */
  public FeaturedJson json(FeaturedRecord entry) {
    return json(
        entry, curation.items(List.of(entry.itemId())).get(entry.itemId()), curation.today());
  }

  public void unfeature(String id, Caller caller) {
    curation.deleteFeatured(id, caller);
  }

  /** Creates a theme collection (editors); for the editors' page. */
  public ThemeJson createTheme(ThemeInputJson body, Caller caller) {
    Curation.requireEditor(caller);
    RequestValidation.requireValid(validator, body);
    Theme theme = saveTheme(null, body, caller);
    return json(theme);
  }

  /** A theme with all its records (for editors). */
  public ThemeJson json(Theme theme) {
    return json(theme, curation.items(theme.itemIds()), true);
  }

  public void deleteTheme(String idOrSlug, Caller caller) {
    curation.deleteTheme(idOrSlug, caller);
  }

  /** Creates (existing null) or changes a featured record from a validated body. */
  FeaturedRecord saveFeatured(FeaturedRecord existing, FeaturedInputJson body, Caller caller) {
    return curation.saveFeatured(
        existing,
        body.itemId().strip(),
        body.position(),
        body.from(),
        body.to(),
        CurationRequests.blankToNull(body.teaser()),
        CurationRequests.blankToNull(body.teaserEn()),
        caller);
  }

  /** Creates (existing null) or changes a theme from a validated body. */
  Theme saveTheme(Theme existing, ThemeInputJson body, Caller caller) {
    return curation.saveTheme(
        existing,
        body.slug(),
        body.title().strip(),
        CurationRequests.blankToNull(body.titleEn()),
        CurationRequests.blankToNull(body.introduction()),
        CurationRequests.blankToNull(body.introductionEn()),
        body.position(),
        body.itemIds().stream().map(String::strip).toList(),
        caller);
  }
}
