package no.arbeidoghelse.kunnskapsbase.curation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.arbeidoghelse.kunnskapsbase.curation.control.Curation;

/** Body of {@code POST /featured} and {@code PUT /featured/{id}}. */
public record FeaturedInputJson(
    @NotBlank String itemId,
    @Min(0) @Max(Curation.MAX_POSITION) Integer position,
    LocalDate from,
    LocalDate to,
    @Size(max = 300, message = "a teaser is short: at most 300 characters") String teaser,
    @Size(max = 300, message = "a teaser is short: at most 300 characters") String teaserEn) {}
