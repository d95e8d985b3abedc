package no.arbeidoghelse.kunnskapsbase.network.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;

/**
 * A network as JSON: {@code name} is its title (either may be sent), {@code summary} its purpose;
 * {@code parentId} names the network it is a sub-group of. Members: {@code /members}.
 */
public class NetworkJson extends ItemJson {

  @Size(max = 500)
  public String name;

  @Min(1900)
  @Max(2100)
  public Integer since;

  @Size(max = 36)
  public String coordinatorId;

  @Size(max = 36)
  public String parentId;
}
