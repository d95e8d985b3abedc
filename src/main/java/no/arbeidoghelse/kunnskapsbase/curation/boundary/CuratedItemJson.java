package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;

/** The record a featured entry or a theme points to, enough to show and link it. */
public record CuratedItemJson(
    String id,
    String type,
    String title,
    String titleEn,
    String summary,
    String summaryEn,
    String state,
    String url) {

  static CuratedItemJson of(Item item, ItemKinds kinds) {
    return new CuratedItemJson(
        item.id(),
        item.kind(),
        item.title(),
        item.titleEn(),
        item.summary(),
        item.summaryEn(),
        item.state().key(),
        kinds.path(item));
  }
}
