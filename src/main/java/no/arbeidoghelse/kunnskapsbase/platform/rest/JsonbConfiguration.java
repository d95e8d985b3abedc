package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

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
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The API's JSON binding, for reading JSON that did not come through JAX-RS. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
