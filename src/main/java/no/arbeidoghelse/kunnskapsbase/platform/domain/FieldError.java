package no.arbeidoghelse.kunnskapsbase.platform.domain;

/** One invalid field: where it is (JSON path or form field) and what is wrong with it. */
public record FieldError(String field, String message) {}
