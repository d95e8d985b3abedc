package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /me/password}; {@code revokeTokens: true} also revokes every API token of the
 * account.
 */
public record PasswordChangeJson(
    @NotBlank String currentPassword,
    @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters")
        String newPassword,
    Boolean revokeTokens) {}
