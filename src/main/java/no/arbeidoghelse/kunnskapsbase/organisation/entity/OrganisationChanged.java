package no.arbeidoghelse.kunnskapsbase.organisation.entity;

/**
 * Fired inside the transaction that changed an organisation: records that name it carry its name in
 * the search index, so observers after the commit (the search index) refresh them.
 */
public record OrganisationChanged(String organisationId) {}
