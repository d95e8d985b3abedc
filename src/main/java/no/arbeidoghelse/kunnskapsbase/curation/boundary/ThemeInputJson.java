package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.curation.control.Curation;

/** Body of {@code POST /themes} and {@code PUT /themes/{id}}. */
public record ThemeInputJson(
    @NotBlank
        @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "lower-case letters and digits in words joined by '-', e.g. 'ips-jobbstotte'")
        @Size(max = 100)
        String slug,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 300) String titleEn,
    @Size(max = 10_000) String introduction,
    @Size(max = 10_000) String introductionEn,
    @Min(0) @Max(Curation.MAX_POSITION) Integer position,
    @NotNull @Size(max = 500) List<@NotBlank String> itemIds) {}
