package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/**
 * Reads JSON request bodies strictly before JSON-B binds them: valid UTF-8, one JSON value and
 * nothing after it, no property twice in one object, no unpaired surrogate escapes (which MariaDB
 * would store as "?"), and the shape of the declared type ({@link JsonShape}). Lenient readers
 * silently keep the last of two values or the first of a list; here each of these is a 400 that
 * says where the mistake is, in words rather than the JSON library's.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] bytes = context.getInputStream().readAllBytes();
    if (bytes.length > 0) {
      JsonValue value = parse(utf8(bytes));
      List<FieldError> errors = JsonShape.check(value, context.getGenericType());
      if (!errors.isEmpty()) {
        throw new ApiException(
            400,
            "The request body does not fit: " + ApiException.invalid(errors).getMessage(),
            errors);
      }
    }
    context.setInputStream(new ByteArrayInputStream(bytes));
    try {
      return context.proceed();
    } catch (JsonbException e) {
      // the shape fitted, yet the value did not (a malformed point in time, an unknown constant)
      throw ApiException.badRequest(
          "The request body does not fit: "
              + UnexpectedExceptionMapper.rootMessage(e).replaceAll("\\. Check .*", "."));
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("The request body is not valid UTF-8.");
    }
  }

  /** The one JSON value of the text, checked for what the JSON library lets pass. */
  static JsonValue parse(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw ApiException.badRequest("The request body is empty; send a JSON value.");
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw invalid("there is more after the JSON value", parser);
      }
      new TextChecks().check(text);
      return value;
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw ApiException.badRequest(
          "The request body is not valid JSON (near line "
              + at.getLineNumber()
              + ", column "
              + at.getColumnNumber()
              + ").");
    }
  }

  private static ApiException invalid(String what, JsonParser parser) {
    var at = parser.getLocation();
    return ApiException.badRequest(
        "The request body is not valid JSON: "
            + what
            + " (line "
            + at.getLineNumber()
            + ", column "
            + at.getColumnNumber()
            + ").");
  }

  /** A second pass over the events: duplicate names and unpaired surrogates. */
  private static final class TextChecks {
    private final Deque<Set<String>> names = new ArrayDeque<>();

    void check(String text) {
      try (JsonParser parser = Json.createParser(new StringReader(text))) {
        while (parser.hasNext()) {
          switch (parser.next()) {
            case START_OBJECT -> names.push(new HashSet<>());
            case END_OBJECT -> names.pop();
            case KEY_NAME -> {
              String name = parser.getString();
              requireWhole(name, parser);
              if (!names.peek().add(name)) {
                throw invalid("the property '" + name + "' is given twice", parser);
              }
            }
            case VALUE_STRING -> requireWhole(parser.getString(), parser);
            default -> {
              // numbers, literals and arrays need no check here
            }
          }
        }
      }
    }

    private static void requireWhole(String text, JsonParser parser) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw invalid(
              "a text holds an unpaired surrogate (\\u" + Integer.toHexString(c) + ")", parser);
        }
      }
    }
  }
}
