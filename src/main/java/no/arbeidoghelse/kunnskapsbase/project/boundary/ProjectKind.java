package no.arbeidoghelse.kunnskapsbase.project.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.project.entity.Funding;
import no.arbeidoghelse.kunnskapsbase.project.entity.Project;

/**
 * Projects (research projects) as a kind of record: its address, JSON, form, page and links. Found
 * by the item core through {@code ItemKinds}; nothing outside this package names it.
 */
@ApplicationScoped
public class ProjectKind implements ItemMapper<Project, ProjectJson> {

  @Override
  public String collection() {
    return "projects";
  }

  @Override
  public String pageSegment() {
    return "prosjekter";
  }

  @Override
  public String displayName() {
    return "project";
  }

  @Override
  public String relationField() {
    return "projectIds";
  }

  @Override
  public List<String> formFields() {
    return List.of("status", "startDate", "endDate", "design", "targetGroup");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("status", "startDate", "endDate");
  }

  @Override
  public List<String> pageTexts() {
    return List.of("design", "targetGroup");
  }

  @Override
  public List<JoinedFact> joinedFacts(JsonObject record) {
    if (!(record.get("funding") instanceof JsonArray funding) || funding.isEmpty()) {
      return List.of();
    }
    String text =
        String.join(
            ", ",
            funding.getValuesAs(JsonObject.class).stream()
                .map(
                    f ->
                        f.getString("funder")
                            + (f.containsKey("reference") && !f.isNull("reference")
                                ? " (" + f.getString("reference") + ")"
                                : ""))
                .toList());
    return List.of(new JoinedFact("funding", text, false));
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "ResearchProject";
  }

  @Override
  public Class<Project> entityClass() {
    return Project.class;
  }

  @Override
  public Class<ProjectJson> jsonClass() {
    return ProjectJson.class;
  }

  @Override
  public Project newEntity(String id, String owner, ItemState state, Instant now) {
    return new Project(id, owner, state, now);
  }

  @Override
  public void apply(ProjectJson json, Project project) {
    if (json.startDate != null && json.endDate != null && json.endDate.isBefore(json.startDate)) {
      throw ApiException.invalidField("endDate", "must not be before startDate");
    }
    List<Funding> funding =
        json.funding == null
            ? List.of()
            : json.funding.stream()
                .map(f -> new Funding(f.funder().strip(), f.organisationId(), f.reference()))
                .toList();
    project.plan(json.status, json.startDate, json.endDate, json.design, json.targetGroup, funding);
  }

  @Override
  public ProjectJson toJson(Project project) {
    var json = new ProjectJson();
    json.status = project.status();
    json.startDate = project.startDate();
    json.endDate = project.endDate();
    json.design = project.design();
    json.targetGroup = project.targetGroup();
    json.funding =
        project.funding().stream()
            .map(f -> new ProjectJson.FundingJson(f.funder(), f.organisationId(), f.reference()))
            .toList();
    return json;
  }
}
