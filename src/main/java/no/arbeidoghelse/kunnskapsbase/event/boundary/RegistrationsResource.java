package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/** A sign-up, reached through the secret in its cancel link: check it, or cancel it. */
@Path("v1/registrations/{token}")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class RegistrationsResource {

  @Inject EventOperations events;

  @GET
  public RegistrationJson read(@PathParam("token") String token) {
    return events.registration(token);
  }

  /** Cancels; a freed seat goes to the first on the waiting list. */
  @DELETE
  public Response cancel(@PathParam("token") String token) {
    events.cancel(token);
    return Response.noContent().build();
  }
}
