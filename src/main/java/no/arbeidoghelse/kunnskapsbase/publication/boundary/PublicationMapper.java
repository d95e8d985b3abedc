package no.arbeidoghelse.kunnskapsbase.publication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.publication.entity.Publication;

@ApplicationScoped
public class PublicationMapper implements ItemMapper<Publication, PublicationJson> {

  @Override
  public Class<Publication> entityClass() {
    return Publication.class;
  }

  @Override
  public Class<PublicationJson> jsonClass() {
    return PublicationJson.class;
  }

  @Override
  public Publication newEntity(String id, String owner, ItemState state, Instant now) {
    return new Publication(id, owner, state, now);
  }

  @Override
  public void apply(PublicationJson json, Publication publication) {
    publication.cite(
        json.publicationType,
        json.year,
        json.authors == null ? List.of() : json.authors.stream().map(String::strip).toList(),
        json.abstractText,
        normaliseDoi(json.doi),
        json.venue,
        json.isbn);
    publication.setRelatedItemIds(json.projectIds == null ? List.of() : json.projectIds);
  }

  /** DOIs are stored bare ({@code 10.x/y}), whether given bare or as a doi.org URL. */
  static String normaliseDoi(String doi) {
    if (doi == null || doi.isBlank()) {
      return null;
    }
    return doi.strip().replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
  }

  @Override
  public PublicationJson toJson(Publication publication) {
    var json = new PublicationJson();
    json.publicationType = publication.publicationType();
    json.year = publication.year();
    json.authors = List.copyOf(publication.authors());
    json.abstractText = publication.abstractText();
    json.doi = publication.doi();
    json.venue = publication.venue();
    json.isbn = publication.isbn();
    return json;
  }
}
