package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /session}. */
public record SignInJson(
    @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}
