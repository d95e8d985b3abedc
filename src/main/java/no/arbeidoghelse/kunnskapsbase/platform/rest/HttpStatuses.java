package no.arbeidoghelse.kunnskapsbase.platform.rest;

import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/** The HTTP status that says why the domain refused, for the API and the pages alike. */
public final class HttpStatuses {

  private HttpStatuses() {}

  public static int of(DomainException e) {
    if (e instanceof ApiException api) {
      return api.status();
    }
    return switch (e.reason()) {
      case INVALID -> 400;
      case NOT_SIGNED_IN -> 401;
      case NOT_ALLOWED -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case OUT_OF_RANGE -> 416;
      case UNAVAILABLE -> 503;
    };
  }
}
