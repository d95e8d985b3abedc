package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/**
 * An item's documents, reached through the item's own resource ({@code
 * /api/v1/projects/{id}/documents} etc.): the list, and upload ({@code multipart/form-data}, part
 * {@code file}, optional {@code title} and {@code language}).
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ItemDocuments {

  /** Room for the multipart envelope and the small parts around the file. */
  private static final long ENVELOPE = 64 * 1024;

  private final DocumentOperations documents;
  private final DocumentUploads uploads;
  private final Class<? extends Item> type;
  private final String itemId;
  private final Caller caller;
  private final long declaredLength;

  public ItemDocuments(
      DocumentOperations documents,
      DocumentUploads uploads,
      Class<? extends Item> type,
      String itemId,
      Caller caller,
      long declaredLength) {
    this.documents = documents;
    this.uploads = uploads;
    this.type = type;
    this.itemId = itemId;
    this.caller = caller;
    this.declaredLength = declaredLength;
  }

  @GET
  public List<DocumentJson> list() {
    return documents.ofItem(type, itemId, caller);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(List<EntityPart> parts) throws IOException {
    caller.requireAuthenticated();
    long max = Settings.maxUploadBytes();
    if (declaredLength > max + ENVELOPE) {
      throw ApiException.payloadTooLarge("The file is larger than the allowed " + max + " bytes.");
    }
    EntityPart file =
        part(parts, "file")
            .orElseThrow(
                () -> ApiException.badRequest("The multipart request has no part named 'file'."));
    String title = text(parts, "title", 500);
    String language = text(parts, "language", 10);
    if (language != null && !language.matches("[a-z]{2,3}")) {
      throw ApiException.invalidField("language", "must be a language code such as nb, nn or en");
    }
    var attached =
        uploads.upload(
            type,
            itemId,
            file.getContent(),
            UploadFileNames.of(file.getHeaders().getFirst("Content-Disposition"))
                .orElse(file.getFileName().orElse(null)),
            title,
            language,
            file.getMediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : file.getMediaType().toString(),
            caller);
    var json = attached.document();
    return Response.status(attached.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
        .location(URI.create(json.url()))
        .entity(json)
        .build();
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
