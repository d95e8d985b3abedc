package no.arbeidoghelse.kunnskapsbase.network.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.network.entity.Network;
import no.arbeidoghelse.kunnskapsbase.platform.rest.QueryDates;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Versions;

/** Networks, and below each its members with their history. */
@Path("v1/networks")
@RequestScoped
public class NetworksResource extends ItemResource<Network, NetworkJson> {

  @Inject NetworkKind networks;
  @Inject MembershipOperations members;

  @Override
  protected ItemMapper<Network, NetworkJson> mapper() {
    return networks;
  }

  /** Every membership, past ones too; with {@code on}, those that held on that day. */
  @GET
  @Path("{id}/members")
  public List<MembershipJson> members(@PathParam("id") String id, @QueryParam("on") String on) {
    return members.list(id, QueryDates.parse("on", on), caller());
  }

  @POST
  @Path("{id}/members")
  public Response addMember(@PathParam("id") String id, MembershipJson json) {
    MembershipJson added = members.add(id, json, caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(added.id()).build())
        .tag(Versions.tag(added.version()))
        .entity(added)
        .build();
  }

  @GET
  @Path("{id}/members/{membershipId}")
  public Response member(
      @PathParam("id") String id, @PathParam("membershipId") String membershipId) {
    MembershipJson json = members.read(id, membershipId, caller());
    return Response.ok(json).tag(Versions.tag(json.version())).build();
  }

  @PUT
  @Path("{id}/members/{membershipId}")
  public Response changeMember(
      @PathParam("id") String id,
      @PathParam("membershipId") String membershipId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MembershipJson json) {
    MembershipJson changed = members.change(id, membershipId, json, ifMatch, caller());
    return Response.ok(changed).tag(Versions.tag(changed.version())).build();
  }

  /** Ends the membership today, or on {@code on}; it stays in the network's history. */
  @DELETE
  @Path("{id}/members/{membershipId}")
  public Response endMember(
      @PathParam("id") String id,
      @PathParam("membershipId") String membershipId,
      @QueryParam("on") String on) {
    MembershipJson ended = members.end(id, membershipId, QueryDates.parse("on", on), caller());
    return Response.ok(ended).tag(Versions.tag(ended.version())).build();
  }
}
