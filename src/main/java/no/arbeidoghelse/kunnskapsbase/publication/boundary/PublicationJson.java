package no.arbeidoghelse.kunnskapsbase.publication.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.platform.rest.NonBlankEntries;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/** A publication (research result) as JSON. */
public class PublicationJson extends ItemJson {

  @NotBlank
  @ValueListKey("publicationTypes")
  public String publicationType;

  @NotNull
  @Min(1900)
  @Max(2100)
  public Integer year;

  @Size(max = 500)
  @NonBlankEntries(maxLength = 200)
  public List<String> authors;

  @JsonbProperty("abstract")
  @Size(max = 20_000)
  public String abstractText;

  @Size(max = 255)
  @Pattern(
      regexp = "(https?://(dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S+",
      message = "must be a DOI such as 10.1234/abcd")
  public String doi;

  @Size(max = 500)
  public String venue;

  @Size(max = 17)
  @Pattern(regexp = "[0-9Xx-]{10,17}", message = "must be an ISBN")
  public String isbn;
}
