package no.arbeidoghelse.kunnskapsbase.history.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.history.control.ItemHistory;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemSatellite;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * A record's history at {@code /api/v1/{collection}/{id}/history}: every change, newest first
 * (owners and editors), and restoring an earlier version (editors). Restoring is one transaction of
 * {@link ItemOperations}, which asks for the earlier version once the caller's rights are checked.
 */
@ApplicationScoped
public class HistorySatellite implements ItemSatellite {

  @Inject ItemOperations items;
  @Inject ItemHistory history;

  @Override
  public String segment() {
    return "history";
  }

  @Override
  public History resource(
      ItemMapper<?, ?> kind, String itemId, Caller caller, HttpHeaders headers) {
    return new History(this, kind, itemId, caller);
  }

  public Page<HistoryEntryJson> entries(
      ItemMapper<?, ?> kind, String itemId, PageRequest page, Caller caller) {
    items.requireEditable(kind, itemId, caller);
    return history.entries(itemId, page).map(HistoryEntryJson::of);
  }

  public <E extends Item, J extends ItemJson> J revert(
      ItemMapper<E, J> kind, String itemId, int version, String ifMatch, Caller caller) {
    return items.revert(
        kind,
        itemId,
        version,
        number -> history.require(itemId, number).snapshot(),
        ifMatch,
        caller);
  }

  /** The answers for one record. */
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public static final class History {
    private final HistorySatellite operations;
    private final ItemMapper<?, ?> kind;
    private final String itemId;
    private final Caller caller;

    History(HistorySatellite operations, ItemMapper<?, ?> kind, String itemId, Caller caller) {
      this.operations = operations;
      this.kind = kind;
      this.itemId = itemId;
      this.caller = caller;
    }

    @GET
    public Page<HistoryEntryJson> entries(
        @QueryParam("page") String page, @QueryParam("size") String size) {
      return operations.entries(kind, itemId, PageRequest.of(page, size), caller);
    }

    /** Brings back the fields of an earlier version (editors). */
    @POST
    @Path("{version}/restore")
    public Response revert(
        @PathParam("version") String version, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
      int number;
      try {
        number = Integer.parseInt(version);
      } catch (NumberFormatException e) {
        throw ApiException.notFound("The item has no version '" + version + "' in its history.");
      }
      ItemJson json = operations.revert(kind, itemId, number, ifMatch, caller);
      return Response.ok(json).tag(Versions.tag(json.version)).build();
    }
  }
}
