package no.arbeidoghelse.kunnskapsbase.document.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name of an uploaded part, from its {@code Content-Disposition} header. Browsers and curl
 * send names in UTF-8 inside {@code filename="..."}, while the container reads header bytes as
 * ISO-8859-1 ("møte.txt" would become "mÃ¸te.txt"); RFC 5987's {@code filename*=UTF-8''...} says
 * its encoding and wins when present.
 */
final class UploadFileNames {

  private static final Pattern EXTENDED =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';\\s]+)'[^']*'([^;\\s]*)");
  private static final Pattern QUOTED =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern TOKEN =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^\";\\s]+)");

  private UploadFileNames() {}

  /** The name the client gave, or empty when the header names none. */
  static Optional<String> of(String contentDisposition) {
    if (contentDisposition == null) {
      return Optional.empty();
    }
    Matcher extended = EXTENDED.matcher(contentDisposition);
    if (extended.find()) {
      Optional<String> decoded = percentDecoded(extended.group(1), extended.group(2));
      if (decoded.isPresent()) {
        return decoded;
      }
    }
    Matcher quoted = QUOTED.matcher(contentDisposition);
    if (quoted.find()) {
      return Optional.of(utf8IfItIs(quoted.group(1).replaceAll("\\\\(.)", "$1")));
    }
    Matcher token = TOKEN.matcher(contentDisposition);
    return token.find() ? Optional.of(utf8IfItIs(token.group(1))) : Optional.empty();
  }

  /** RFC 5987: percent-encoded bytes in the named charset (UTF-8 or ISO-8859-1). */
  private static Optional<String> percentDecoded(String charset, String value) {
    var bytes = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        int high = Character.digit(value.charAt(i + 1), 16);
        int low = Character.digit(value.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    return switch (charset.toUpperCase(Locale.ROOT)) {
      case "UTF-8" -> strictUtf8(bytes.toByteArray());
      case "ISO-8859-1" -> Optional.of(bytes.toString(StandardCharsets.ISO_8859_1));
      default -> Optional.empty();
    };
  }

  /**
   * The header's characters are its bytes read as ISO-8859-1: read them again as UTF-8 when they
   * are valid UTF-8 (almost never true of real ISO-8859-1 text with accented letters).
   */
  private static String utf8IfItIs(String latin1) {
    if (latin1.chars().anyMatch(c -> c > 0xff)) {
      return latin1;
    }
    return strictUtf8(latin1.getBytes(StandardCharsets.ISO_8859_1)).orElse(latin1);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
