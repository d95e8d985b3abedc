package no.arbeidoghelse.kunnskapsbase.project.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/** A research project as JSON. */
public class ProjectJson extends ItemJson {

  @NotBlank
  @ValueListKey("projectStatuses")
  public String status;

  public LocalDate startDate;
  public LocalDate endDate;

  /** Design and method. */
  @Size(max = 10_000)
  public String design;

  @Size(max = 1000)
  public String targetGroup;

  @Size(max = 20)
  @Valid
  public List<FundingJson> funding;

  /** One source of funding; {@code organisationId} links a registered funder. */
  public record FundingJson(
      @NotBlank @Size(max = 300) String funder,
      String organisationId,
      @Size(max = 100) String reference) {}
}
