package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;

/** "My records": everything the signed-in researcher owns or co-owns, in every state. */
@WebServlet(urlPatterns = "/mine")
public class MyRecordsPage extends Page {

  @Inject ItemOperations items;
  @Inject WebPaths paths;

  /** One of my records, with the address of its form. */
  public record Mine(
      String editUrl, String viewUrl, String typeLabel, String title, String state) {}

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    var page =
        items.owned(PageRequest.of(visit.request().getParameter("page"), "50"), visit.caller());
    var mine =
        page.items().stream()
            .map(
                r ->
                    new Mine(
                        paths.form(r.type(), r.id()),
                        paths.item(r.type(), r.id()),
                        visit.text(ItemKinds.VALUE_LIST + "." + r.type()),
                        r.title(),
                        r.state()))
            .toList();
    return new View(
        "mine", visit.text("mine.title"), Map.of("records", mine, "total", page.total()));
  }
}
