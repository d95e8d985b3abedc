package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * Everything not mapped by a more specific mapper. Client mistakes arrive here wrapped by other
 * layers (JSON-B inside Jersey's reader, our exceptions inside transaction failures), so the cause
 * chain is searched for them first; what remains is a server fault, logged with a reference the
 * client sees instead of a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Pattern PROPERTY = Pattern.compile("property '(\\w+)'");
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (find(e, DomainException.class) instanceof DomainException refused) {
      return Problems.response(HttpStatuses.of(refused), refused.getMessage(), refused.errors());
    }
    if (find(e, OptimisticLockException.class) != null) {
      return Problems.response(
          412, "The record was changed by someone else meanwhile; fetch it again and retry.");
    }
    if (find(e, JsonParsingException.class) instanceof JsonParsingException parsing) {
      return Problems.response(400, "The request body is not valid JSON: " + parsing.getMessage());
    }
    if (find(e, JsonbException.class) instanceof JsonbException binding) {
      return Problems.response(400, "The request body does not fit: " + rootMessage(binding));
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
    return Problems.response(
        500, "An unexpected error occurred on the server (reference " + reference + ").");
  }

  /** The first throwable of the type in the cause chain, or null. */
  private static Throwable find(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /**
   * Yasson nests its explanation; the innermost JSON-B message is the precise one. Java class names
   * in it mean nothing to a client and are reduced to the JSON type they stand for.
   */
  static String rootMessage(JsonbException e) {
    return withoutClassNames(innermost(e));
  }

  static String withoutClassNames(String message) {
    return message
        .replaceAll("(class )+java\\.lang\\.(Integer|Long|Short)", "a whole number")
        .replaceAll("(class )+java\\.lang\\.(Boolean)", "true or false")
        .replaceAll("(class )+java\\.lang\\.String", "text")
        .replaceAll("(class )+java\\.time\\.LocalDate", "a date (YYYY-MM-DD)")
        .replaceAll("(class )+java\\.util\\.List", "a list")
        .replaceAll("(class )+[\\w.$]+\\.(\\w+?)(Json)?\\b", "$2 object")
        .replaceAll("a (a |an )", "$1");
  }

  /** The innermost explanation, prefixed with the property it is about when JSON-B names one. */
  private static String innermost(JsonbException e) {
    String message = e.getMessage();
    String property = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        message = cause.getMessage();
        Matcher named = PROPERTY.matcher(message);
        if (named.find()) {
          property = named.group(1);
        }
      }
      if (cause instanceof NumberFormatException
          || cause instanceof java.time.format.DateTimeParseException) {
        message = message + " (" + cause.getMessage() + ")";
        break;
      }
    }
    return property == null || message.contains("'" + property + "'")
        ? message
        : property + ": " + message;
  }
}
