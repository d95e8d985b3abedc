package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;

/** The calendar to subscribe to: published events, upcoming and of the past year. */
@Path("v1/calendar")
@RequestScoped
public class CalendarResource {

  @Inject EventOperations events;
  @Context HttpServletRequest request;

  @GET
  @Produces({EventsResource.CALENDAR, Problem.MEDIA_TYPE})
  public Response calendar() {
    return Response.ok(events.calendar(PublicAddress.origin(request)))
        .header("Content-Disposition", "inline; filename=\"kunnskapsbasen.ics\"")
        .build();
  }
}
