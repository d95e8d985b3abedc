package no.arbeidoghelse.kunnskapsbase.programme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.RelatedIds;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.programme.entity.Programme;

/** Programmes (tilbud) as a kind of record, found by the item core through {@code ItemKinds}. */
@ApplicationScoped
public class ProgrammeKind implements ItemMapper<Programme, ProgrammeJson> {

  @Override
  public String collection() {
    return "programmes";
  }

  @Override
  public String pageSegment() {
    return "tilbud";
  }

  @Override
  public String displayName() {
    return "programme";
  }

  @Override
  public String relationField() {
    return "programmeIds";
  }

  @Override
  public List<String> formFields() {
    return List.of("providerId", "form", "region", "referralRoute", "duration", "contact");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("providerId", "form", "region", "duration", "contact");
  }

  @Override
  public List<String> pageTexts() {
    return List.of("referralRoute");
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "EducationalOccupationalProgram";
  }

  @Override
  public Class<Programme> entityClass() {
    return Programme.class;
  }

  @Override
  public Class<ProgrammeJson> jsonClass() {
    return ProgrammeJson.class;
  }

  @Override
  public Programme newEntity(String id, String owner, ItemState state, Instant now) {
    return new Programme(id, owner, state, now);
  }

  @Override
  public void prepare(ProgrammeJson json) {
    if (json.title == null) {
      json.title = json.name;
    }
  }

  @Override
  public void apply(ProgrammeJson json, Programme programme) {
    programme.offer(
        json.providerId.strip(),
        json.form,
        json.region,
        json.referralRoute,
        json.duration,
        json.contact);
    programme.setRelatedItemIds(
        RelatedIds.of(json.projectIds, json.publicationIds, json.practiceReportIds));
  }

  @Override
  public ProgrammeJson toJson(Programme programme) {
    var json = new ProgrammeJson();
    json.name = programme.title();
    json.providerId = programme.providerId();
    json.form = programme.form();
    json.region = programme.region();
    json.referralRoute = programme.referralRoute();
    json.duration = programme.duration();
    json.contact = programme.contact();
    return json;
  }
}
