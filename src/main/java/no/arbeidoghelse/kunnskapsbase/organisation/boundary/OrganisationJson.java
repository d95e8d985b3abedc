package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryJson;
import no.arbeidoghelse.kunnskapsbase.organisation.control.OrganisationProfile;
import no.arbeidoghelse.kunnskapsbase.organisation.control.ProfileEntry;
import no.arbeidoghelse.kunnskapsbase.platform.rest.NonBlankEntries;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/**
 * An organisation as JSON; the fields the server sets are ignored when sent. Reading one
 * organisation gives its profile too: its sub-organisations, people, records, programmes, networks
 * and events (read-only; absent from lists).
 */
public record OrganisationJson(
    String id,
    @NotBlank @Size(max = 300) String name,
    @Size(max = 50) String shortName,
    @NotBlank @ValueListKey("organisationTypes") String type,
    @ValueListKey("organisationKinds") String kind,
    @ValueListKey("countries") String country,
    @ValueListKey("regions") String region,
    @Size(max = 10) @NonBlankEntries(maxLength = 60) List<String> sectors,
    @Size(max = 10) @NonBlankEntries(maxLength = 60) List<String> levelsOfCare,
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
    String url,
    List<ProfileEntry> subOrganisations,
    List<ProfileEntry> people,
    List<ProfileEntry> records,
    List<ProfileEntry> programmes,
    List<ProfileEntry> networks,
    List<ProfileEntry> events)
    implements DirectoryJson {

  /** The same organisation with its profile. */
  OrganisationJson withProfile(OrganisationProfile.Profile p) {
    return new OrganisationJson(
        id,
        name,
        shortName,
        type,
        kind,
        country,
        region,
        sectors,
        levelsOfCare,
        orgNumber,
        website,
        city,
        parentId,
        withdrawn,
        createdAt,
        updatedAt,
        version,
        url,
        p.subOrganisations(),
        p.people(),
        p.records(),
        p.programmes(),
        p.networks(),
        p.events());
  }
}
