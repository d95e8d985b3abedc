package no.arbeidoghelse.kunnskapsbase.item.boundary;

/** The body that adds a co-owner. */
public record CoOwnerJson(String username) {}
