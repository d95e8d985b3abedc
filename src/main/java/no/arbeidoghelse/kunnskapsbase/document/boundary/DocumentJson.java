package no.arbeidoghelse.kunnskapsbase.document.boundary;

import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.document.entity.Document;

/** A document as JSON (read only; documents are created by upload). */
public record DocumentJson(
    String id,
    String itemId,
    String filename,
    String title,
    String mediaType,
    long size,
    String sha256,
    String status,
    String statusDetail,
    String language,
    Integer pageCount,
    String documentTitle,
    String documentAuthor,
    Long textLength,
    Boolean textTruncated,
    Instant createdAt,
    Instant extractedAt,
    String url,
    String contentUrl,
    String textUrl) {

  static DocumentJson of(Document d) {
    return of(d, d.status(), d.statusDetail());
  }

  /** The existing document, answered to a second upload of the same bytes to the same item. */
  static DocumentJson duplicateOf(Document d) {
    return of(
        d,
        "duplicate",
        "the same file is already attached to this item as document "
            + d.id()
            + " (status "
            + d.status()
            + ")");
  }

  private static DocumentJson of(Document d, String status, String detail) {
    String url = "/api/v1/documents/" + d.id();
    return new DocumentJson(
        d.id(),
        d.itemId(),
        d.filename(),
        d.title(),
        d.mediaType(),
        d.size(),
        d.sha256(),
        status,
        detail,
        d.language(),
        d.pageCount(),
        d.documentTitle(),
        d.documentAuthor(),
        d.textLength(),
        d.extractedAt() == null ? null : d.isTextTruncated(),
        d.createdAt(),
        d.extractedAt(),
        url,
        url + "/content",
        url + "/text");
  }
}
