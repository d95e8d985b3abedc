package no.arbeidoghelse.kunnskapsbase.document.control;

import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * The part of a file a request's {@code Range} header asks for (RFC 9110): one range of bytes, or
 * the whole file when there is no header, or several ranges (which are answered whole).
 */
public record ByteRange(long first, long last, boolean partial) {

  public static ByteRange whole(long size) {
    return new ByteRange(0, size - 1, false);
  }

  public long length() {
    return last - first + 1;
  }

  public static ByteRange parse(String header, long size) {
    if (header == null || header.isBlank() || header.contains(",")) {
      return whole(size);
    }
    var range = header.strip();
    if (!range.startsWith("bytes=")) {
      return whole(size);
    }
    String spec = range.substring(6).strip();
    int dash = spec.indexOf('-');
    try {
      if (dash < 0) {
        throw new NumberFormatException(spec);
      }
      String start = spec.substring(0, dash).strip();
      String end = spec.substring(dash + 1).strip();
      long first;
      long last;
      if (start.isEmpty()) {
        long suffix = Long.parseLong(end);
        first = Math.max(0, size - suffix);
        last = size - 1;
      } else {
        first = Long.parseLong(start);
        last = end.isEmpty() ? size - 1 : Math.min(Long.parseLong(end), size - 1);
      }
      if (first > last || first >= size || first < 0) {
        throw unsatisfiable(size);
      }
      return new ByteRange(first, last, true);
    } catch (NumberFormatException e) {
      throw unsatisfiable(size);
    }
  }

  private static DomainException unsatisfiable(long size) {
    return DomainException.outOfRange(
        "The requested range is not within the file's " + size + " bytes.");
  }
}
