package no.arbeidoghelse.kunnskapsbase.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemSatellite;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** Records most like a record, at {@code /api/v1/{collection}/{id}/related}. */
@ApplicationScoped
public class RelatedSatellite implements ItemSatellite {

  @Inject ItemOperations items;
  @Inject SearchOperations search;

  @Override
  public String segment() {
    return "related";
  }

  @Override
  public Related resource(
      ItemMapper<?, ?> kind, String itemId, Caller caller, HttpHeaders headers) {
    return new Related(kind, itemId, caller);
  }

  /** The answer for one record. */
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public final class Related {
    private final ItemMapper<?, ?> kind;
    private final String itemId;
    private final Caller caller;

    Related(ItemMapper<?, ?> kind, String itemId, Caller caller) {
      this.kind = kind;
      this.itemId = itemId;
      this.caller = caller;
    }

    /** Published records (or others the caller may see) most like this one. */
    @GET
    public SearchJson.Related related() {
      items.requireVisible(kind, itemId, caller);
      return search.related(itemId, caller);
    }
  }
}
