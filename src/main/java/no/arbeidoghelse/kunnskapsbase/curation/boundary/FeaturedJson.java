package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import java.time.LocalDate;

/** A featured record as the API shows it. */
public record FeaturedJson(
    String id,
    Integer position,
    LocalDate from,
    LocalDate to,
    String teaser,
    String teaserEn,
    boolean current,
    CuratedItemJson item) {}
