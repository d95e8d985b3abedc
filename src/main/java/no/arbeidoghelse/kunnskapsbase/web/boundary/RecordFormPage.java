package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.document.boundary.DocumentOperations;
import no.arbeidoghelse.kunnskapsbase.document.boundary.DocumentUploads;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * Registering and changing a record as a researcher: the form (taxonomy as check boxes, messages
 * next to the fields and in a summary at the top), the documents with their extraction status and
 * an upload form, and the workflow buttons (submit for review, withdraw). Everything goes through
 * the same operations as the API, so the same rules hold.
 *
 * <p>Addresses: {@code /mine/ny?type=project} (new), {@code /mine/prosjekter/{id}} (change), and
 * below it {@code /handling} (workflow) and {@code /dokumenter} (upload, multipart).
 */
@WebServlet(urlPatterns = "/mine/*")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class RecordFormPage extends Page {

  @Inject ItemOperations items;
  @Inject ItemMappers mappers;
  @Inject DocumentOperations documents;
  @Inject DocumentUploads uploads;
  @Inject Labels labels;
  @Inject Taxonomy taxonomy;
  @Inject jakarta.validation.Validator validator;
  @Inject WebPaths paths;

  /** The address split: type (or null for a new one), id, and what is asked below it. */
  private record Target(String type, String id, String action) {}

  private Target target(Visit visit) {
    String info = visit.request().getPathInfo();
    String[] parts = info == null ? new String[0] : info.replaceAll("^/+|/+$", "").split("/");
    if (parts.length == 1 && parts[0].equals("ny")) {
      String type = visit.request().getParameter("type");
      if (!paths.isKind(type)) {
        type = mappers.kinds().all().get(0).key();
      }
      return new Target(type, null, null);
    }
    if (parts.length >= 2 && parts.length <= 3) {
      var kind = paths.kindAt("/" + parts[0]);
      if (kind.isPresent()) {
        return new Target(kind.get().key(), parts[1], parts.length == 3 ? parts[2] : null);
      }
    }
    throw ApiException.notFound(visit.text("error.noSuchPage"));
  }

  private ItemMapper<?, ?> mapper(String type) {
    return mappers.of(type);
  }

  private RecordForm form(String type) {
    return new RecordForm(mapper(type), taxonomy);
  }

  @Override
  protected View view(Visit visit) {
    requireSignedIn(visit);
    Target target = target(visit);
    if (target.action() != null) {
      throw ApiException.notFound(visit.text("error.noSuchPage"));
    }
    if (target.id() == null) {
      return form(visit, target, null, Map.of("language", "nb"), Map.of(), null);
    }
    ItemJson record = items.readEditable(mapper(target.type()), target.id(), visit.caller());
    String saved = visit.request().getParameter("melding");
    return form(
        visit,
        target,
        record,
        form(target.type()).values(record),
        Map.of(),
        saved == null ? null : visit.text("form.done." + saved));
  }

  @Override
  protected Outcome submit(Visit visit) {
    requireSignedIn(visit);
    Target target = target(visit);
    if ("handling".equals(target.action())) {
      return act(visit, target);
    }
    if ("dokumenter".equals(target.action())) {
      return upload(visit, target);
    }
    if (target.action() != null) {
      throw ApiException.notFound(visit.text("error.noSuchPage"));
    }
    RecordForm form = form(target.type());
    Map<String, Object> values = form.submitted(visit.request());
    ItemJson record = null;
    try {
      if (target.id() == null) {
        ItemJson created = create(mapper(target.type()), form.bind(values, validator, null), visit);
        return Outcome.redirect(paths.form(target.type(), created.id) + "?melding=created");
      }
      record = items.readEditable(mapper(target.type()), target.id(), visit.caller());
      ItemJson json =
          form.bind(
              values,
              validator,
              items.readEditable(mapper(target.type()), target.id(), visit.caller()));
      String version = visit.request().getParameter("version");
      update(mapper(target.type()), target.id(), json, "\"" + version + "\"", visit);
      return Outcome.redirect(paths.form(target.type(), target.id()) + "?melding=saved");
    } catch (DomainException e) {
      if (HttpStatuses.of(e) != 400 && HttpStatuses.of(e) != 409 && HttpStatuses.of(e) != 412) {
        throw e;
      }
      Map<String, String> errors = FieldMessages.byField(e, "", "", visit);
      return Outcome.show(form(visit, target, record, values, errors, null), HttpStatuses.of(e));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ItemJson create(ItemMapper mapper, ItemJson json, Visit visit) {
    return items.create(mapper, json, visit.caller());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ItemJson update(
      ItemMapper mapper, String id, ItemJson json, String ifMatch, Visit visit) {
    return items.update(mapper, id, json, ifMatch, visit.caller());
  }

  private Outcome act(Visit visit, Target target) {
    String action = visit.request().getParameter("action");
    WorkflowAction chosen =
        switch (action == null ? "" : action) {
          case "submit" -> WorkflowAction.SUBMIT;
          case "withdraw" -> WorkflowAction.WITHDRAW;
          case "restore" -> WorkflowAction.RESTORE;
          default -> throw ApiException.badRequest(visit.text("error.request"));
        };
    items.take(
        mapper(target.type()),
        target.id(),
        chosen,
        visit.request().getParameter("comment"),
        null,
        visit.caller());
    return Outcome.redirect(paths.form(target.type(), target.id()) + "?melding=" + action);
  }

  private Outcome upload(Visit visit, Target target) {
    Part file;
    try {
      file = visit.request().getPart("file");
    } catch (IOException | ServletException | IllegalStateException e) {
      throw ApiException.badRequest(visit.text("form.upload.failed"));
    }
    if (file == null || file.getSize() == 0) {
      throw ApiException.invalidField("file", visit.text("form.upload.empty"));
    }
    try (var content = file.getInputStream()) {
      uploads.upload(
          mapper(target.type()).entityClass(),
          target.id(),
          content,
          file.getSubmittedFileName(),
          blankToNull(visit.request().getParameter("title")),
          null,
          file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
          visit.caller());
    } catch (IOException e) {
      throw ApiException.badRequest(visit.text("form.upload.failed"));
    }
    return Outcome.redirect(paths.form(target.type(), target.id()) + "?melding=uploaded");
  }

  private View form(
      Visit visit,
      Target target,
      ItemJson record,
      Map<String, Object> values,
      Map<String, String> errors,
      String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("type", target.type());
    model.put("typeLabel", visit.text(ItemKinds.VALUE_LIST + "." + target.type()));
    model.put("record", record);
    model.put("values", values);
    model.put("errors", errors);
    model.put("message", message);
    model.put("fields", form(target.type()).inputs());
    model.put("languages", taxonomy.valueKeys("languages"));
    model.put("sectors", labels.terms(TaxonomyScheme.SECTOR, visit.locale()));
    model.put("levels", labels.terms(TaxonomyScheme.LEVEL_OF_CARE, visit.locale()));
    model.put("topics", labels.terms(TaxonomyScheme.TOPIC, visit.locale()));
    model.put(
        "action",
        target.id() == null
            ? "/mine/ny?type=" + target.type()
            : paths.form(target.type(), target.id()));
    if (record != null) {
      model.put(
          "documents",
          documents.ofItem(mapper(target.type()).entityClass(), target.id(), visit.caller()));
      model.put("viewUrl", paths.item(target.type(), target.id()));
    }
    String title =
        record == null
            ? visit.text(
                "form.new",
                visit.text(ItemKinds.VALUE_LIST + "." + target.type()).toLowerCase(visit.locale()))
            : visit.text("form.edit", record.title);
    return new View("edit", title, model);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
