package no.arbeidoghelse.kunnskapsbase.document.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.document.control.ByteRange;
import no.arbeidoghelse.kunnskapsbase.document.control.DocumentFiles;
import no.arbeidoghelse.kunnskapsbase.document.control.FileNames;
import no.arbeidoghelse.kunnskapsbase.document.entity.Document;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** A document: its description, its original bytes and its extracted text. */
@Path("v1/documents/{id}")
@RequestScoped
public class DocumentsResource {

  private static final Logger LOG = Logger.getLogger(DocumentsResource.class.getName());

  @Inject DocumentOperations documents;
  @Inject DocumentFiles files;
  @Context SecurityContext security;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public DocumentJson read(@PathParam("id") String id) {
    return DocumentJson.of(documents.visible(id, Callers.from(security)));
  }

  /**
   * The original bytes, as an attachment with the detected type; never rendered by the browser as
   * something else ({@code nosniff}). One byte range may be asked for ({@code Range}).
   */
  @GET
  @Path("content")
  public Response content(@PathParam("id") String id, @HeaderParam("Range") String range) {
    Document document = documents.visible(id, Callers.from(security));
    java.nio.file.Path blob = files.store().blob(document.sha256());
    if (!files.store().has(document.sha256())) {
      LOG.severe(() -> "The stored file of document " + id + " is missing: " + blob);
      throw new ApiException(
          503,
          "The stored file of document '"
              + id
              + "' is not in the document store on this server; the administrators are told.");
    }
    if (!files.store().verify(document.sha256())) {
      LOG.severe(
          () ->
              "Stored file of document "
                  + id
                  + " does not match its checksum "
                  + document.sha256());
      throw new ApiException(
          500, "The stored file is damaged and cannot be served; the administrators are told.");
    }
    long size = document.size();
    ByteRange bytes = ByteRange.parse(range, size);
    var response =
        Response.status(bytes.partial() ? 206 : 200)
            .type(document.mediaType())
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition(document.filename()))
            .header("X-Content-Type-Options", "nosniff")
            .header("Accept-Ranges", "bytes")
            .header(HttpHeaders.CONTENT_LENGTH, bytes.length())
            .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
            .entity(stream(blob, bytes));
    if (bytes.partial()) {
      response.header("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + size);
    }
    return response.build();
  }

  @GET
  @Path("text")
  @Produces("text/plain; charset=UTF-8")
  public Response text(@PathParam("id") String id) {
    Document document = documents.visible(id, Callers.from(security));
    java.nio.file.Path text = files.store().text(id);
    if (!Files.exists(text)) {
      throw ApiException.notFound(
          "Document '"
              + id
              + "' has no extracted text (status "
              + document.status()
              + (document.statusDetail() == null ? "" : ": " + document.statusDetail())
              + ").");
    }
    return Response.ok(stream(text, ByteRange.whole(text.toFile().length())))
        .type("text/plain; charset=UTF-8")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Produces(Problem.MEDIA_TYPE)
  public Response delete(@PathParam("id") String id) {
    Caller caller = Callers.from(security);
    caller.requireAuthenticated();
    documents.delete(id, caller);
    return Response.noContent().build();
  }

  private static String disposition(String filename) {
    return "attachment; filename=\""
        + FileNames.ascii(filename)
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static StreamingOutput stream(java.nio.file.Path file, ByteRange range) {
    return out -> {
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(range.first());
        long left = range.length();
        byte[] buffer = new byte[64 * 1024];
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          left -= n;
        }
      }
    };
  }
}
