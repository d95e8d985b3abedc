package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /users/{username}}: fields left out stay as they are. */
public record UserChangeJson(
    @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
    @Size(min = 1, max = 200) String displayName,
    @Email @Size(max = 320) String email,
    @Size(min = 1, message = "must name at least one role") List<String> roles,
    Boolean enabled,
    Boolean revokeTokens) {}
