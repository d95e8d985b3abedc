package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/**
 * A sign-up as JSON. Sent: {@code name}, {@code email}, and optionally {@code organisation}, {@code
 * sector} (a key of the sectors scheme), {@code organisationKind} and {@code role}. The answer adds
 * the status and, once, the {@code cancelToken}.
 */
public record RegistrationJson(
    String id,
    String eventId,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 320) @Email(regexp = ".+@.+\\..+") String email,
    @Size(max = 300) String organisation,
    @Size(max = 60) String sector,
    @ValueListKey("organisationKinds") String organisationKind,
    @Size(max = 200) String role,
    String status,
    String cancelToken,
    String cancelUrl,
    Instant registeredAt) {}
