package no.arbeidoghelse.kunnskapsbase.person.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryJson;
import no.arbeidoghelse.kunnskapsbase.organisation.control.ProfileEntry;

/**
 * A person as JSON; the fields the server sets are ignored when sent. Reading one person gives
 * their work too: the records that name them and their network memberships (read-only).
 */
public record PersonJson(
    String id,
    @NotBlank @Size(max = 200) String name,
    @Pattern(
            regexp = "\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]",
            message = "must be an ORCID iD such as 0000-0002-1825-0097")
        String orcid,
    @Email @Size(max = 320) String email,
    String organisationId,
    Boolean withdrawn,
    Instant createdAt,
    Instant updatedAt,
    Long version,
    String url,
    List<ProfileEntry> records,
    List<ProfileEntry> networks)
    implements DirectoryJson {

  /** The same person with their work across the registry. */
  PersonJson withWork(List<ProfileEntry> records, List<ProfileEntry> networks) {
    return new PersonJson(
        id,
        name,
        orcid,
        email,
        organisationId,
        withdrawn,
        createdAt,
        updatedAt,
        version,
        url,
        records,
        networks);
  }
}
