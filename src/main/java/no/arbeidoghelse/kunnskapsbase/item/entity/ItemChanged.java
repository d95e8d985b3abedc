package no.arbeidoghelse.kunnskapsbase.item.entity;

/**
 * Fired inside the transaction that wrote an item or something that is part of it (a document);
 * observers that act after the commit (the search index) see only changes that were kept.
 */
public record ItemChanged(String itemId) {}
