package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;

/**
 * The editors' desk: the review queue, oldest first, where each record can be opened, published, or
 * sent back to its owner with a comment.
 */
@WebServlet(urlPatterns = "/redaksjon")
public class EditorPage extends Page {

  @Inject ItemOperations items;
  @Inject ItemMappers mappers;
  @Inject WebPaths paths;

  /** A record in the queue as the page lists it. */
  public record Waiting(
      String id,
      String type,
      String typeLabel,
      String title,
      String owner,
      String submitted,
      String url) {}

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    var queue =
        items.reviewQueue(
            PageRequest.of(visit.request().getParameter("page"), "50"), visit.caller());
    var waiting =
        queue.items().stream()
            .map(
                r ->
                    new Waiting(
                        r.id(),
                        r.type(),
                        visit.text(ItemKinds.VALUE_LIST + "." + r.type()),
                        r.title(),
                        r.owner(),
                        r.submittedAt() == null ? "" : r.submittedAt().toString().substring(0, 10),
                        paths.item(r.type(), r.id())))
            .toList();
    String done = visit.request().getParameter("melding");
    return new View(
        "editor",
        visit.text("editor.title"),
        Map.of(
            "waiting",
            waiting,
            "total",
            queue.total(),
            "message",
            done == null ? "" : visit.text("editor.done." + done)));
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    var request = visit.request();
    String type = request.getParameter("type");
    String id = request.getParameter("id");
    String action = request.getParameter("action");
    if (type == null || id == null || !paths.isKind(type)) {
      throw ApiException.badRequest(visit.text("error.request"));
    }
    WorkflowAction chosen =
        switch (action == null ? "" : action) {
          case "publish" -> WorkflowAction.PUBLISH;
          case "return" -> WorkflowAction.RETURN;
          default -> throw ApiException.badRequest(visit.text("error.request"));
        };
    items.take(mappers.of(type), id, chosen, request.getParameter("comment"), null, visit.caller());
    return Outcome.redirect("/redaksjon?melding=" + action);
  }
}
