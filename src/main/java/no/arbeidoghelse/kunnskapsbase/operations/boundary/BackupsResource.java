package no.arbeidoghelse.kunnskapsbase.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.platform.backup.Backups;
import no.arbeidoghelse.kunnskapsbase.platform.paging.Page;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Problem;

/**
 * Backups of the whole registry (administrators): {@code POST} writes one into {@code
 * KB_BACKUP_DIR} while the service runs; a backup is restored by starting with {@code
 * KB_RESTORE_FROM} on an empty database.
 */
@Path("v1/admin/backups")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BackupsResource {

  @Inject Backups backups;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  public Page<Backups.Summary> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Callers.from(security).requireAdmin();
    var request = PageRequest.of(page, size);
    List<Backups.Summary> all = backups.list();
    var shown = all.stream().skip(request.offset()).limit(request.size()).toList();
    return Page.of(shown, all.size(), request);
  }

  @GET
  @Path("{name}")
  public Backups.Summary read(@PathParam("name") String name) {
    Callers.from(security).requireAdmin();
    return backups
        .find(name)
        .orElseThrow(() -> ApiException.notFound("No backup named '" + name + "'."));
  }

  @POST
  public Response create() {
    Callers.from(security).requireAdmin();
    var backup = backups.create();
    return Response.created(uri.getAbsolutePathBuilder().path(backup.name()).build())
        .entity(backup)
        .build();
  }
}
