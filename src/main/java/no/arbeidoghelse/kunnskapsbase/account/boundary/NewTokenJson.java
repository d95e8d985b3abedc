package no.arbeidoghelse.kunnskapsbase.account.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /me/tokens}: a name to recognise the token by, and optionally its life. */
public record NewTokenJson(
    @NotBlank @Size(max = 100) String name,
    @Min(value = 1, message = "must be at least 1 day")
        @Max(value = 3650, message = "must be at most 3650 days")
        Integer expiresInDays) {}
