package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.account.entity.Usernames;

/** Body of {@code POST /users}. */
public record NewUserJson(
    @NotBlank
        @Pattern(
            regexp = Usernames.PATTERN,
            message = "must be 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'")
        String username,
    @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
    @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 320) String email,
    @NotEmpty List<String> roles) {}
