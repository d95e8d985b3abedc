package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own failures (no such path, wrong method, wrong media type) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String path = uriInfo != null ? "/" + uriInfo.getPath() : "this path";
    String detail =
        switch (e) {
          case NotFoundException notFound -> "There is no resource at " + path + ".";
          case NotAllowedException notAllowed ->
              "This method is not allowed on "
                  + path
                  + "; allowed: "
                  + String.join(", ", notAllowed.getResponse().getAllowedMethods())
                  + ".";
          case NotSupportedException notSupported ->
              "The request body's media type "
                  + (headers != null && headers.getMediaType() != null
                      ? headers.getMediaType()
                      : "(none given)")
                  + " is not supported here; send application/json.";
          case BadRequestException badRequest
              when badRequest.getCause() instanceof NoContentException ->
              "A JSON request body is required.";
          case NotAcceptableException notAcceptable ->
              "None of the accepted media types can be produced here; ask for application/json.";
          default -> e.getMessage();
        };
    var response = Problems.response(status, detail);
    if (e instanceof NotAllowedException) {
      return Response.fromResponse(response)
          .allow(e.getResponse().getAllowedMethods())
          .type(Problem.MEDIA_TYPE)
          .build();
    }
    return response;
  }
}
