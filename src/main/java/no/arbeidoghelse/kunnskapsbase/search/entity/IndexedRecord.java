package no.arbeidoghelse.kunnskapsbase.search.entity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the search index holds about one item, read from the database in one piece. Only
 * {@code search} builds these.
 *
 * @param owners the owner and co-owners, who see the record in search whatever its state
 * @param stamp changes whenever the item or the text of its documents changes; compared with the
 *     index to find records it missed
 */
public record IndexedRecord(
    String id,
    String type,
    String state,
    Set<String> owners,
    String language,
    String title,
    String titleEn,
    String summary,
    String summaryEn,
    List<String> details,
    List<String> keywords,
    List<String> names,
    Set<String> sectors,
    Set<String> levelsOfCare,
    Set<String> topics,
    Set<String> organisationIds,
    String status,
    Integer year,
    String region,
    String form,
    Instant createdAt,
    long stamp,
    List<DocumentText> documents) {

  /** The extracted text of one document, in the language detected in it (if any). */
  public record DocumentText(String id, String language, String text) {}

  public boolean isPublished() {
    return "published".equals(state);
  }
}
