package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import java.util.List;

/** A theme collection as the API shows it, its records in order. */
public record ThemeJson(
    String id,
    String slug,
    String title,
    String titleEn,
    String introduction,
    String introductionEn,
    int position,
    List<CuratedItemJson> items) {}
