package no.arbeidoghelse.kunnskapsbase.publication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.publication.entity.Publication;

/**
 * Publications (research results) as a kind of record: its address, JSON, form, page and links.
 * Found by the item core through {@code ItemKinds}; nothing outside this package names it.
 */
@ApplicationScoped
public class PublicationKind implements ItemMapper<Publication, PublicationJson> {

  @Override
  public String collection() {
    return "publications";
  }

  @Override
  public String pageSegment() {
    return "publikasjoner";
  }

  @Override
  public String displayName() {
    return "publication";
  }

  @Override
  public String relationField() {
    return "publicationIds";
  }

  @Override
  public List<String> formFields() {
    return List.of("publicationType", "year", "authors", "abstractText", "doi", "venue");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("publicationType", "year", "venue", "doi", "isbn");
  }

  @Override
  public List<String> pageTexts() {
    return List.of("abstractText");
  }

  @Override
  public List<String> creators(JsonObject record) {
    return record.get("authors") instanceof JsonArray authors
        ? authors.getValuesAs(JsonString::getString)
        : List.of();
  }

  @Override
  public List<JoinedFact> joinedFacts(JsonObject record) {
    List<String> authors = creators(record);
    return authors.isEmpty()
        ? List.of()
        : List.of(new JoinedFact("authors", String.join(", ", authors), true));
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "article".equals(record.getString("publicationType", ""))
        ? "ScholarlyArticle"
        : "CreativeWork";
  }

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
