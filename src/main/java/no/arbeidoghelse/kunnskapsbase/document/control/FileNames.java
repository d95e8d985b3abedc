package no.arbeidoghelse.kunnskapsbase.document.control;

import java.text.Normalizer;

/** Client file names are metadata only; this makes them safe to show and to send back. */
public final class FileNames {

  private FileNames() {}

  /** The last path segment, without control characters, at most 255 characters; never empty. */
  public static String safe(String name) {
    if (name == null) {
      return "document";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
    while (base.startsWith(".")) {
      base = base.substring(1);
    }
    if (base.length() > 255) {
      base = base.substring(base.length() - 255);
    }
    return base.isBlank() ? "document" : base;
  }

  /** An ASCII-only version for the plain {@code filename=} of Content-Disposition. */
  public static String ascii(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("[^\\x20-\\x7E]", "")
            .replace("\\", "");
    return ascii.isBlank() ? "document" : ascii;
  }
}
