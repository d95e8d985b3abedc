package no.arbeidoghelse.kunnskapsbase.programme.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.programme.entity.Programme;

@Path("v1/programmes")
@RequestScoped
public class ProgrammesResource extends ItemResource<Programme, ProgrammeJson> {

  @Inject ProgrammeKind programmes;

  @Override
  protected ItemMapper<Programme, ProgrammeJson> mapper() {
    return programmes;
  }
}
