package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON binding for the API: a property the API does not know is an error (a misspelt field must not
 * be silently dropped), nulls are left out of answers.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .withDeserializers(new StrictBoolean(), new StrictInteger())
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /**
   * Only JSON {@code true}/{@code false} is a boolean: left to itself JSON-B reads {@code "no"} as
   * false, which once silently disabled an account in a test.
   */
  static final class StrictBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return switch (parser.getValue().getValueType()) {
        case TRUE -> true;
        case FALSE -> false;
        default -> throw new JsonbException("expected true or false, not " + parser.getValue());
      };
    }
  }

  /** Only a JSON whole number is an integer; {@code "2020"} or {@code 2020.5} are errors. */
  static final class StrictInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value instanceof JsonNumber number && number.isIntegral()) {
        try {
          return number.intValueExact();
        } catch (ArithmeticException tooBig) {
          // answered below
        }
      }
      throw new JsonbException("expected a whole number, not " + value);
    }
  }

  /** The API's JSON binding, for reading JSON that did not come through JAX-RS. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
