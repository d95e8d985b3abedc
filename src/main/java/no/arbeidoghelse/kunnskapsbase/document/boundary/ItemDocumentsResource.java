package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentFiles;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentStore.StagedFile;
import no.arbeidoghelse.kunnskapsbase.document.control.FileNames;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Caller;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/** Upload of a file to an item: {@code multipart/form-data} with a part {@code file}. */
@Path("v1/{collection: projects|publications|practice-reports}/{id}/documents")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ItemDocumentsResource {

  /** Room for the multipart envelope and the small parts around the file. */
  private static final long ENVELOPE = 64 * 1024;

  @Inject DocumentOperations documents;
  @Inject DocumentFiles files;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("collection") String collection,
      @PathParam("id") String itemId,
      List<EntityPart> parts)
      throws IOException {
    Caller caller = Caller.from(security);
    caller.requireAuthenticated();
    long max = Settings.maxUploadBytes();
    if (headers.getLength() > max + ENVELOPE) {
      throw ApiException.payloadTooLarge("The file is larger than the allowed " + max + " bytes.");
    }
    documents.requireAttachable(collection, itemId, caller);
    EntityPart file =
        part(parts, "file")
            .orElseThrow(
                () -> ApiException.badRequest("The multipart request has no part named 'file'."));
    String title = text(parts, "title", 500);
    String language = text(parts, "language", 10);
    if (language != null && !language.matches("[a-z]{2,3}")) {
      throw ApiException.invalidField("language", "must be a language code such as nb, nn or en");
    }
    StagedFile staged = files.store().receive(file.getContent(), max);
    if (staged.size() == 0) {
      files.store().discard(staged);
      throw ApiException.invalidField("file", "the file is empty");
    }
    try {
      var attached =
          documents.attach(
              collection,
              itemId,
              staged,
              FileNames.safe(file.getFileName().orElse(null)),
              title,
              language,
              file.getMediaType() == null
                  ? MediaType.APPLICATION_OCTET_STREAM
                  : file.getMediaType().toString(),
              caller);
      var json = attached.document();
      return Response.status(attached.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
          .location(java.net.URI.create(json.url()))
          .entity(json)
          .build();
    } catch (RuntimeException e) {
      files.store().discard(staged);
      throw e;
    }
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null
        ? Optional.empty()
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(List<EntityPart> parts, String name, int max) throws IOException {
    var part = part(parts, name);
    if (part.isEmpty()) {
      return null;
    }
    String value = part.get().getContent(String.class).strip();
    if (value.length() > max) {
      throw ApiException.invalidField(name, "must be at most " + max + " characters");
    }
    return value.isEmpty() ? null : value;
  }
}
