package no.arbeidoghelse.kunnskapsbase.practicereport.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/** A practice report as JSON; {@code summary} says what was done. */
public class PracticeReportJson extends ItemJson {

  @NotBlank
  @Size(max = 300)
  public String provider;

  @NotBlank
  @ValueListKey("providerTypes")
  public String providerType;

  @NotNull
  @Min(1900)
  @Max(2100)
  public Integer year;

  @Size(max = 10_000)
  public String results;

  @Size(max = 10_000)
  public String lessons;

  @Size(max = 500)
  public String contact;
}
