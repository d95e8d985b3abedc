package no.arbeidoghelse.kunnskapsbase.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.network.entity.Network;

/** Networks as a kind of record; a sub-group links the network it belongs to. */
@ApplicationScoped
public class NetworkKind implements ItemMapper<Network, NetworkJson> {

  @Override
  public String collection() {
    return "networks";
  }

  @Override
  public String pageSegment() {
    return "nettverk";
  }

  @Override
  public String displayName() {
    return "network";
  }

  @Override
  public String relationField() {
    return "networkIds";
  }

  @Override
  public List<String> formFields() {
    return List.of("since", "coordinatorId", "parentId");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("since");
  }

  @Override
  public List<String> pageTexts() {
    return List.of();
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "Organization";
  }

  @Override
  public Class<Network> entityClass() {
    return Network.class;
  }

  @Override
  public Class<NetworkJson> jsonClass() {
    return NetworkJson.class;
  }

  @Override
  public Network newEntity(String id, String owner, ItemState state, Instant now) {
    return new Network(id, owner, state, now);
  }

  @Override
  public void prepare(NetworkJson json) {
    if (json.title == null) {
      json.title = json.name;
    }
  }

  @Override
  public void apply(NetworkJson json, Network network) {
    String parent = json.parentId == null || json.parentId.isBlank() ? null : json.parentId.strip();
    network.organise(json.since, blankToNull(json.coordinatorId), parent);
    network.setRelatedItemIds(parent == null ? List.of() : List.of(parent));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public NetworkJson toJson(Network network) {
    var json = new NetworkJson();
    json.name = network.title();
    json.since = network.sinceYear();
    json.coordinatorId = network.coordinatorId();
    json.parentId = network.parentId();
    return json;
  }
}
