package no.arbeidoghelse.kunnskapsbase.network.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/**
 * A membership of a network as JSON. Sent: {@code organisationId}, optionally {@code personId},
 * {@code role}, {@code from} (default today) and {@code to} (the day it ended; open when absent);
 * the rest is the server's.
 */
public record MembershipJson(
    String id,
    String networkId,
    @NotBlank @Size(max = 36) String organisationId,
    String organisationName,
    String organisationKind,
    String region,
    @Size(max = 36) String personId,
    String personName,
    @NotBlank @ValueListKey("networkRoles") String role,
    LocalDate from,
    LocalDate to,
    Boolean current,
    Long version) {}
