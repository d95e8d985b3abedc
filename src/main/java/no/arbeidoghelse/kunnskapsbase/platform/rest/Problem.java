package no.arbeidoghelse.kunnskapsbase.platform.rest;

import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/**
 * An RFC 9457 problem detail, the body of every error answer.
 *
 * @param errors the individual field errors when the request body failed validation
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
