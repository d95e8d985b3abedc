package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.rest.NonBlankEntries;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/**
 * The JSON fields every item has. The same shape is read and written, so a client can GET, change
 * and PUT back; fields the server sets (id, type, owner, timestamps, version, url, links from other
 * items) are ignored when sent. The OpenAPI document ({@code META-INF/openapi.yaml}) describes each
 * field.
 *
 * <p>A class with public fields rather than a record so the three item types can extend it instead
 * of repeating twenty fields each.
 */
public class ItemJson {

  public String id;
  public String type;

  @NotBlank
  @Size(max = 500)
  public String title;

  @Size(max = 500)
  public String titleEn;

  @Size(max = 10_000)
  public String summary;

  @Size(max = 10_000)
  public String summaryEn;

  @ValueListKey("languages")
  public String language;

  @Size(max = 10)
  @NonBlankEntries(maxLength = 60)
  public List<String> sectors;

  @Size(max = 10)
  @NonBlankEntries(maxLength = 60)
  public List<String> levelsOfCare;

  @Size(max = 20)
  @NonBlankEntries(maxLength = 60)
  public List<String> topics;

  @Size(max = 50)
  @NonBlankEntries(maxLength = 100)
  public List<String> keywords;

  @Size(max = 50)
  @Valid
  public List<OrganisationRoleJson> organisations;

  @Size(max = 200)
  @Valid
  public List<PersonRoleJson> people;

  @Size(max = 20)
  @Valid
  public List<ExternalIdJson> externalIds;

  @Size(max = 50)
  @Valid
  public List<LinkJson> links;

  /** Written on publications and practice reports; derived (read-only) on projects. */
  @Size(max = 100)
  @NonBlankEntries(maxLength = 36)
  public List<String> projectIds;

  /** Written on practice reports; derived (read-only) elsewhere. */
  @Size(max = 100)
  @NonBlankEntries(maxLength = 36)
  public List<String> publicationIds;

  /** Written on programmes (their evaluations); derived elsewhere. */
  @Size(max = 100)
  @NonBlankEntries(maxLength = 36)
  public List<String> practiceReportIds;

  /** Always derived: the programmes linked to or from this item. */
  public List<String> programmeIds;

  /** Always derived: the networks linked to or from this item (a network's sub-groups). */
  public List<String> networkIds;

  /** Always derived: the events whose programme presents this item. */
  public List<String> eventIds;

  /** On create an editor may choose it; afterwards only workflow actions change it. */
  public String state;

  public String owner;

  /** Shown to those who may change the item; read-only (see the co-owner actions). */
  public List<String> coOwners;

  /** When it was last submitted for review; shown to those who may change the item. */
  public Instant submittedAt;

  public Instant createdAt;
  public Instant updatedAt;
  public Long version;
  public String url;

  /**
   * Sets the list of linked records that the API shows under {@code field} (a kind's {@link
   * no.arbeidoghelse.kunnskapsbase.item.control.ItemKind#relationField()}).
   */
  void relate(String field, List<String> ids) {
    switch (field) {
      case "projectIds" -> projectIds = ids;
      case "publicationIds" -> publicationIds = ids;
      case "practiceReportIds" -> practiceReportIds = ids;
      case "programmeIds" -> programmeIds = ids;
      case "networkIds" -> networkIds = ids;
      case "eventIds" -> eventIds = ids;
      default -> throw new IllegalStateException("The API has no list of linked records " + field);
    }
  }

  /** An organisation's part in the item. */
  public record OrganisationRoleJson(
      @NotBlank String id, @NotBlank @ValueListKey("organisationRoles") String role) {}

  /** A person's part in the item; {@code personId} links a registered person. */
  public record PersonRoleJson(
      String personId,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @ValueListKey("personRoles") String role) {}

  /**
   * An identifier of the item elsewhere, e.g. {@code {"scheme": "cristin", "value": "2345678"}}.
   */
  public record ExternalIdJson(
      @NotBlank @ValueListKey("externalIdSchemes") String scheme,
      @NotBlank @Size(max = 200) String value) {}

  /** A web link. */
  public record LinkJson(
      @NotBlank
          @Size(max = 1000)
          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          String url,
      @Size(max = 200) String label) {}
}
