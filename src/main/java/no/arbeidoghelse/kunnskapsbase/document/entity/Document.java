package no.arbeidoghelse.kunnskapsbase.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemChangeListener;
import no.arbeidoghelse.kunnskapsbase.item.entity.PartOfItem;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * A file attached to an item: what the uploader said about it, what it is (detected type, size,
 * checksum) and what extraction found (status, language, pages, title, author).
 */
@Entity
@EntityListeners(ItemChangeListener.class)
@Table(name = "document")
public class Document extends TrackedEntity implements PartOfItem {

  public static final String PENDING = "pending";

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(nullable = false, length = 255)
  private String filename;

  @Column(length = 500)
  private String title;

  @Column(name = "declared_language", length = 10)
  private String declaredLanguage;

  @Column(name = "media_type", nullable = false, length = 200)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "status_detail", length = 1000)
  private String statusDetail;

  @Column(length = 10)
  private String language;

  @Column(name = "page_count")
  private Integer pageCount;

  @Column(name = "doc_title", length = 1000)
  private String documentTitle;

  @Column(name = "doc_author", length = 500)
  private String documentAuthor;

  @Column(name = "doc_created", length = 50)
  private String documentCreated;

  @Column(name = "text_length")
  private Long textLength;

  @Column(name = "text_truncated", nullable = false)
  private boolean textTruncated;

  @Column(name = "extracted_at")
  private Instant extractedAt;

  /** The instance extracting it, while pending (set by {@code DocumentRecords.claim}). */
  @Column(name = "claimed_by", length = 36)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected Document() {}

  public Document(
      String id,
      String itemId,
      String owner,
      Instant now,
      String filename,
      String title,
      String declaredLanguage,
      String mediaType,
      long size,
      String sha256) {
    super(id, owner, now);
    this.itemId = itemId;
    this.filename = filename;
    this.title = title;
    this.declaredLanguage = declaredLanguage;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.status = PENDING;
  }

  @Override
  public String itemId() {
    return itemId;
  }

  public String filename() {
    return filename;
  }

  public String title() {
    return title;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String status() {
    return status;
  }

  public String statusDetail() {
    return statusDetail;
  }

  /** The language the uploader gave, else the detected one. */
  public String language() {
    return declaredLanguage != null ? declaredLanguage : language;
  }

  public Integer pageCount() {
    return pageCount;
  }

  public String documentTitle() {
    return documentTitle;
  }

  public String documentAuthor() {
    return documentAuthor;
  }

  public String documentCreated() {
    return documentCreated;
  }

  public Long textLength() {
    return textLength;
  }

  public boolean isTextTruncated() {
    return textTruncated;
  }

  public Instant extractedAt() {
    return extractedAt;
  }

  /**
   * Only a document's text is searched. A document without text (waiting for extraction, or one
   * that gave none) leaves its item's index entry as it was, so its upload and outcome cost no
   * indexing; text is only ever gained by extraction and lost with the document.
   */
  @Override
  public boolean isSearched() {
    return textLength != null && textLength > 0;
  }

  public boolean isPending() {
    return PENDING.equals(status);
  }

  /** Records what extraction found; the detected media type replaces the uploader's guess. */
  public void extracted(
      String status,
      String detail,
      String mediaType,
      String language,
      Integer pageCount,
      String title,
      String author,
      String created,
      long textLength,
      boolean truncated,
      Instant now) {
    this.status = status;
    this.statusDetail = clip(detail, 1000);
    if (mediaType != null) {
      this.mediaType = clip(mediaType, 200);
    }
    this.language = clip(language, 10);
    this.pageCount = pageCount;
    this.documentTitle = clip(title, 1000);
    this.documentAuthor = clip(author, 500);
    this.documentCreated = clip(created, 50);
    this.textLength = textLength;
    this.textTruncated = truncated;
    this.extractedAt = now;
    touch(now);
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
