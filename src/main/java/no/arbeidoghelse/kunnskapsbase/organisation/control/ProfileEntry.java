package no.arbeidoghelse.kunnskapsbase.organisation.control;

import java.time.LocalDate;

/**
 * One line of an organisation's profile: a record, person or organisation it is tied to, with its
 * role there and, for network memberships, the period.
 */
public record ProfileEntry(
    String id, String type, String title, String url, String role, LocalDate from, LocalDate to) {}
