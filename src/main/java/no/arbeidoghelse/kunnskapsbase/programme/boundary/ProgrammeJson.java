package no.arbeidoghelse.kunnskapsbase.programme.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/**
 * A programme as JSON: {@code name} is its title (either may be sent); {@code topics} are its
 * target groups; {@code projectIds}, {@code publicationIds} and {@code practiceReportIds} its
 * evaluations.
 */
public class ProgrammeJson extends ItemJson {

  @Size(max = 500)
  public String name;

  @NotBlank
  @Size(max = 36)
  public String providerId;

  @NotBlank
  @ValueListKey("programmeForms")
  public String form;

  @ValueListKey("regions")
  public String region;

  @Size(max = 2000)
  public String referralRoute;

  @Size(max = 200)
  public String duration;

  @Size(max = 500)
  public String contact;
}
