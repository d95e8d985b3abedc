package no.arbeidoghelse.kunnskapsbase.account.boundary;

import java.time.Instant;

/**
 * A browser session: who is signed in, until when, and the CSRF token that state-changing requests
 * must send in the {@code X-CSRF-Token} header.
 */
public record SessionJson(UserJson user, String csrfToken, Instant expiresAt) {}
