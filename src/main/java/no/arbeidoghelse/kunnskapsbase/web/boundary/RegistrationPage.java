package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.HashMap;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventKind;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventOperations;
import no.arbeidoghelse.kunnskapsbase.event.boundary.RegistrationJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/**
 * Signing up without JavaScript: the event page's form posts here ({@code /pamelding}) and is sent
 * on to the registration's own page ({@code /pamelding/<cancel token>}), which shows the status and
 * cancels. The token in the address is the only key to it.
 */
@WebServlet(urlPatterns = {"/pamelding", "/pamelding/*"})
public class RegistrationPage extends Page {

  @Inject EventOperations events;
  @Inject EventKind eventKind;
  @Inject ItemOperations items;
  @Inject WebPaths paths;

  @Override
  protected View view(Visit visit) {
    String token = token(visit);
    return show(visit, events.registration(token), token, false);
  }

  @Override
  protected Outcome submit(Visit visit) {
    var request = visit.request();
    if (request.getPathInfo() == null || request.getPathInfo().equals("/")) {
      String eventId = request.getParameter("eventId");
      if (eventId == null || eventId.isBlank()) {
        throw ApiException.badRequest(visit.text("error.request"));
      }
      RegistrationJson created =
          events.register(
              eventId.strip(),
              new RegistrationJson(
                  null,
                  null,
                  request.getParameter("name"),
                  request.getParameter("email"),
                  request.getParameter("organisation"),
                  blankToNull(request.getParameter("sector")),
                  blankToNull(request.getParameter("organisationKind")),
                  request.getParameter("role"),
                  null,
                  null,
                  null,
                  null),
              visit.caller());
      return Outcome.redirect("/pamelding/" + created.cancelToken());
    }
    String token = token(visit);
    RegistrationJson registration = events.registration(token);
    events.cancel(token);
    return Outcome.show(show(visit, registration, token, true), 200);
  }

  private View show(Visit visit, RegistrationJson registration, String token, boolean cancelled) {
    var event = items.read(eventKind, registration.eventId(), visit.caller());
    Map<String, Object> model = new HashMap<>();
    model.put("registration", registration);
    model.put("status", cancelled ? "cancelled" : registration.status());
    model.put("eventTitle", event.title);
    model.put("eventUrl", paths.item(eventKind.key(), event.id));
    model.put("token", token);
    model.put("robots", "noindex");
    return new View("registration", visit.text("registration.title"), model);
  }

  private static String token(Visit visit) {
    return segment(visit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
