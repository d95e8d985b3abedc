package no.arbeidoghelse.kunnskapsbase.curation.boundary;

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

  static CuratedItemJson of(Item item) {
    return new CuratedItemJson(
        item.id(),
        item.type().key(),
        item.title(),
        item.titleEn(),
        item.summary(),
        item.summaryEn(),
        item.state().key(),
        item.type().path(item.id()));
  }
}
