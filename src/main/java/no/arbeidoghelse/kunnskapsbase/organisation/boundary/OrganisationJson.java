package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/** An organisation as JSON; the fields the server sets are ignored when sent. */
public record OrganisationJson(
    String id,
    @NotBlank @Size(max = 300) String name,
    @Size(max = 50) String shortName,
    @NotBlank @ValueListKey("organisationTypes") String type,
    @Pattern(regexp = "\\d{9}", message = "must be a Norwegian organisation number (9 digits)")
        String orgNumber,
    @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String website,
    @Size(max = 100) String city,
    String parentId,
    Boolean withdrawn,
    Instant createdAt,
    Instant updatedAt,
    Long version,
    String url)
    implements DirectoryJson {}
