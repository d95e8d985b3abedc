package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a record's version is its ETag, and a change must name the
 * version it was based on in {@code If-Match}.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version a client's {@code If-Match} names. Answers 428 when the header is missing (a blind
   * overwrite would risk a lost update) and 412 when it names another version than the current.
   */
  public static long requireMatch(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiException.preconditionRequired(
          "Send the record's ETag in If-Match (read it first with GET) so that no change is lost.");
    }
    String value = ifMatch.trim();
    if (value.equals("*")) {
      return current;
    }
    for (String candidate : value.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("\"" + current + "\"")) {
        return current;
      }
    }
    throw ApiException.preconditionFailed(
        "The record has changed since the version in If-Match ("
            + value
            + "); the current version is \""
            + current
            + "\". Fetch it again and reapply your change.");
  }
}
