package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import no.arbeidoghelse.kunnskapsbase.event.control.Attendance;
import no.arbeidoghelse.kunnskapsbase.event.entity.Event;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;

/** Events, and below each its calendar entry, sign-ups and attendance. */
@Path("v1/events")
@RequestScoped
public class EventsResource extends ItemResource<Event, EventJson> {

  static final String CALENDAR = "text/calendar;charset=UTF-8";
  static final String CSV = "text/csv;charset=UTF-8";

  @Inject EventKind events;
  @Inject EventOperations operationsOfEvents;
  @Context HttpServletRequest request;

  @Override
  protected ItemMapper<Event, EventJson> mapper() {
    return events;
  }

  /** Anyone may sign up for a published event before it begins. */
  @POST
  @Path("{id}/registrations")
  public Response register(@PathParam("id") String id, RegistrationJson json) {
    RegistrationJson created = operationsOfEvents.register(id, json, caller());
    return Response.created(URI.create(created.cancelUrl())).entity(created).build();
  }

  /**
   * The participants, for the organisers: JSON, or CSV when the client prefers {@code text/csv}
   * (one method, so that a request without preference gets JSON).
   */
  @GET
  @Path("{id}/registrations")
  @Produces({MediaType.APPLICATION_JSON, CSV, Problem.MEDIA_TYPE})
  public Response participants(@PathParam("id") String id) {
    if (prefersCsv()) {
      return Response.ok(operationsOfEvents.participantsCsv(id, caller()), CSV)
          .header("Content-Disposition", "attachment; filename=\"participants-" + id + ".csv\"")
          .build();
    }
    return Response.ok(operationsOfEvents.participants(id, caller()), MediaType.APPLICATION_JSON)
        .build();
  }

  private boolean prefersCsv() {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
        return false;
      }
      if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
        return true;
      }
    }
    return false;
  }

  /** How many come, by sector and kind of organisation; never who. */
  @GET
  @Path("{id}/attendance")
  public Attendance attendance(@PathParam("id") String id) {
    return operationsOfEvents.attendance(id, caller());
  }

  @GET
  @Path("{id}/calendar")
  @Produces({CALENDAR, Problem.MEDIA_TYPE})
  public Response calendar(@PathParam("id") String id) {
    return Response.ok(operationsOfEvents.calendar(id, caller(), PublicAddress.origin(request)))
        .header("Content-Disposition", "inline; filename=\"event-" + id + ".ics\"")
        .build();
  }
}
