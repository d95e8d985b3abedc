package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * Something kept beside every record that answers under the record's address, {@code
 * /api/v1/{collection}/{id}/{segment}} (documents, history, related records). Satellites are CDI
 * beans in their own features; the item core finds them through {@link ItemSatellites} and names
 * none.
 */
public interface ItemSatellite {

  /** The address segment below the record ({@code documents}). */
  String segment();

  /** The JAX-RS sub-resource that answers for one record, for this request's caller. */
  Object resource(ItemMapper<?, ?> kind, String itemId, Caller caller, HttpHeaders headers);
}
