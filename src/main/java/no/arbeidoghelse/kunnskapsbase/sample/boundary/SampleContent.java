package no.arbeidoghelse.kunnskapsbase.sample.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sample records in {@code sample-docs/records/}. Records refer to each other as {@code
 * "sample:<key>"}; each such reference becomes a stable UUID derived from the key, so loading is
 * idempotent and the files stay readable.
 */
public final class SampleContent {

  static final String PREFIX = "sample:";
  public static final String FOLDER = "sample-docs/records/";

  private SampleContent() {}

  public static String idOf(String key) {
    return UUID.nameUUIDFromBytes(
            ("kunnskapsbase-" + PREFIX + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The records of one file, with sample references replaced by ids. */
  public static List<JsonObject> records(String file) {
    try (InputStream in = SampleContent.class.getClassLoader().getResourceAsStream(FOLDER + file);
        var reader = Json.createReader(requireFound(in, file))) {
      JsonArray array = reader.readArray();
      return array.stream().map(v -> (JsonObject) resolve(v)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream requireFound(InputStream in, String file) {
    if (in == null) {
      throw new IllegalStateException(FOLDER + file + " is missing from the application");
    }
    return in;
  }

  private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
  private static final Pattern RELATIVE = Pattern.compile("\\{(today|year)\\+(\\d{1,4})}");

  /**
   * {@code {today+N}} becomes the date N days from today and {@code {year+N}} its year, so that a
   * sample event is always upcoming (a fresh start shows an open sign-up).
   */
  static String relativeDates(String text, LocalDate today) {
    return RELATIVE
        .matcher(text)
        .replaceAll(
            found -> {
              LocalDate day = today.plusDays(Integer.parseInt(found.group(2)));
              return found.group(1).equals("today")
                  ? day.toString()
                  : String.valueOf(day.getYear());
            });
  }

  private static JsonValue resolve(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        yield text.startsWith(PREFIX)
            ? Json.createValue(idOf(text.substring(PREFIX.length())))
            : Json.createValue(relativeDates(text, LocalDate.now(ZONE)));
      }
      case ARRAY -> {
        var builder = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> builder.add(resolve(v)));
        yield builder.build();
      }
      case OBJECT -> {
        Map<String, JsonValue> resolved =
            value.asJsonObject().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> resolve(e.getValue())));
        yield Json.createObjectBuilder(resolved).build();
      }
      default -> value;
    };
  }
}
