package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/** A domain's refusal as a problem answer. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    return Problems.response(HttpStatuses.of(e), e.getMessage(), e.errors());
  }
}
