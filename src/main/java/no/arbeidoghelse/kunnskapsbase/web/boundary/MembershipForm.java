package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipJson;
import no.arbeidoghelse.kunnskapsbase.network.boundary.MembershipOperations;
import no.arbeidoghelse.kunnskapsbase.network.boundary.NetworkKind;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.StorableDates;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/**
 * The network page's forms for those who may change the network: add a member, end a membership.
 * Both lead back to the network's page with a message.
 */
@WebServlet(urlPatterns = "/medlemskap")
public class MembershipForm extends Page {

  @Inject MembershipOperations memberships;
  @Inject NetworkKind networks;
  @Inject WebPaths paths;

  @Override
  protected View view(Visit visit) {
    throw new ApiException(405, visit.text("error.method"));
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    var request = visit.request();
    String networkId = required(visit, "networkId");
    String done;
    if ("end".equals(request.getParameter("action"))) {
      memberships.end(networkId, required(visit, "membershipId"), null, visit.caller());
      done = "ended";
    } else if ("add".equals(request.getParameter("action"))) {
      memberships.add(
          networkId,
          new MembershipJson(
              null,
              null,
              required(visit, "organisationId"),
              null,
              null,
              null,
              null,
              null,
              required(visit, "role"),
              date(visit, "from"),
              date(visit, "to"),
              null,
              null),
          visit.caller());
      done = "added";
    } else {
      throw ApiException.badRequest(visit.text("error.request"));
    }
    return Outcome.redirect(paths.item(networks.key(), networkId) + "?melding=" + done);
  }

  private static String required(Visit visit, String name) {
    String value = visit.request().getParameter(name);
    if (value == null || value.isBlank()) {
      throw ApiException.invalidField(name, visit.text("validation.required"));
    }
    return value.strip();
  }

  private static java.time.LocalDate date(Visit visit, String name) {
    String value = visit.request().getParameter(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return StorableDates.parse(value.strip())
        .orElseThrow(() -> ApiException.invalidField(name, visit.text("validation.date")));
  }
}
