package no.arbeidoghelse.kunnskapsbase.project.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.project.entity.Project;

@Path("v1/projects")
@RequestScoped
public class ProjectsResource extends ItemResource<Project, ProjectJson> {

  @Inject ProjectKind projects;

  @Override
  protected ItemMapper<Project, ProjectJson> mapper() {
    return projects;
  }
}
