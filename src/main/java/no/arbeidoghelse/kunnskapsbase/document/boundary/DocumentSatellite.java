package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemSatellite;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** A record's documents at {@code /api/v1/{collection}/{id}/documents}. */
@ApplicationScoped
public class DocumentSatellite implements ItemSatellite {

  @Inject DocumentOperations documents;
  @Inject DocumentUploads uploads;

  @Override
  public String segment() {
    return "documents";
  }

  @Override
  public ItemDocuments resource(
      ItemMapper<?, ?> kind, String itemId, Caller caller, HttpHeaders headers) {
    return new ItemDocuments(
        documents,
        uploads,
        kind.entityClass(),
        itemId,
        caller,
        headers == null ? -1 : headers.getLength());
  }
}
