package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.account.boundary.NewUserJson;
import no.arbeidoghelse.kunnskapsbase.account.boundary.UserAdministration;
import no.arbeidoghelse.kunnskapsbase.account.boundary.UserChangeJson;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;

/** Administrators: the accounts, their roles and whether they are enabled, and new accounts. */
@WebServlet(urlPatterns = "/admin/brukere")
public class UsersPage extends Page {

  static final List<String> ROLES = List.of("researcher", "editor", "admin");

  @Inject UserAdministration users;

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    String done = visit.request().getParameter("melding");
    return page(visit, Map.of(), Map.of(), done == null ? null : visit.text("users.done." + done));
  }

  private View page(
      Visit visit, Map<String, String> errors, Map<String, String> values, String message) {
    var list =
        users.list(PageRequest.of(visit.request().getParameter("page"), "100"), visit.caller());
    Map<String, Object> model = new HashMap<>();
    model.put("users", list.items());
    model.put("total", list.total());
    model.put("roles", ROLES);
    model.put("errors", errors);
    model.put("values", values);
    model.put("message", message);
    return new View("users", visit.text("users.title"), model);
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    var request = visit.request();
    String[] roles = request.getParameterValues("roles");
    List<String> chosen = roles == null ? List.of() : Arrays.asList(roles);
    if ("update".equals(request.getParameter("action"))) {
      users.update(
          request.getParameter("username"),
          new UserChangeJson(
              null, null, null, chosen, "on".equals(request.getParameter("enabled")), null),
          visit.caller());
      return Outcome.redirect("/admin/brukere?melding=updated");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("username", "displayName", "email")) {
      values.put(field, request.getParameter(field) == null ? "" : request.getParameter(field));
    }
    try {
      users.create(
          new NewUserJson(
              values.get("username").strip(),
              request.getParameter("password"),
              values.get("displayName"),
              values.get("email").isBlank() ? null : values.get("email").strip(),
              chosen),
          visit.caller());
      return Outcome.redirect("/admin/brukere?melding=created");
    } catch (DomainException e) {
      if (HttpStatuses.of(e) != 400 && HttpStatuses.of(e) != 409) {
        throw e;
      }
      Map<String, String> errors = FieldMessages.byField(e, "", "username", visit);
      return Outcome.show(page(visit, errors, values, null), HttpStatuses.of(e));
    }
  }
}
