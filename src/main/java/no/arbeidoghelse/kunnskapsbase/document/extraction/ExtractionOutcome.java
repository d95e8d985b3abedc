package no.arbeidoghelse.kunnskapsbase.document.extraction;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What extracting one file gave: a status (the API's document statuses), a reason a person
 * understands when it did not work, the detected media type and what Tika found out about the file.
 * Travels from the worker process to the server as one line of {@code key=value} pairs.
 */
public record ExtractionOutcome(
    String status,
    String detail,
    String mediaType,
    String title,
    String author,
    String created,
    Integer pageCount,
    String language,
    long characters,
    boolean truncated) {

  public static final String EXTRACTED = "extracted";
  public static final String EMPTY = "empty";
  public static final String ENCRYPTED = "encrypted";
  public static final String UNSUPPORTED = "unsupported";
  public static final String TOO_LARGE = "too-large";
  public static final String FAILED = "failed";

  public static ExtractionOutcome failed(String detail) {
    return new ExtractionOutcome(FAILED, detail, null, null, null, null, null, null, 0, false);
  }

  /** A file that needs more than one file may use (time, memory): a bomb, or simply too big. */
  public static ExtractionOutcome tooLarge(String detail) {
    return new ExtractionOutcome(TOO_LARGE, detail, null, null, null, null, null, null, 0, false);
  }

  public String encode() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status);
    fields.put("detail", detail);
    fields.put("mediaType", mediaType);
    fields.put("title", title);
    fields.put("author", author);
    fields.put("created", created);
    fields.put("pageCount", pageCount);
    fields.put("language", language);
    fields.put("characters", characters);
    fields.put("truncated", truncated);
    StringBuilder line = new StringBuilder();
    fields.forEach(
        (key, value) -> {
          if (value != null) {
            line.append(line.isEmpty() ? "" : "\t")
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
          }
        });
    return line.toString();
  }

  public static ExtractionOutcome decode(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : line.split("\t")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    if (!fields.containsKey("status")) {
      return failed("the extraction process gave an answer that could not be read");
    }
    return new ExtractionOutcome(
        fields.get("status"),
        fields.get("detail"),
        fields.get("mediaType"),
        fields.get("title"),
        fields.get("author"),
        fields.get("created"),
        fields.containsKey("pageCount") ? Integer.valueOf(fields.get("pageCount")) : null,
        fields.get("language"),
        Long.parseLong(fields.getOrDefault("characters", "0")),
        Boolean.parseBoolean(fields.get("truncated")));
  }
}
