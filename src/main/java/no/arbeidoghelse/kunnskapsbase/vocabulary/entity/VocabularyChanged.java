package no.arbeidoghelse.kunnskapsbase.vocabulary.entity;

/** The vocabulary changed; observed after the commit, so searches use what was stored. */
public record VocabularyChanged(long version) {}
