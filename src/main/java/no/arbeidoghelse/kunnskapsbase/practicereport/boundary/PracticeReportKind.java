package no.arbeidoghelse.kunnskapsbase.practicereport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.practicereport.entity.PracticeReport;

/**
 * Practice reports (experience from practice) as a kind of record: its address, JSON, form, page
 * and links. Found by the item core through {@code ItemKinds}; nothing outside this package names
 * it.
 */
@ApplicationScoped
public class PracticeReportKind implements ItemMapper<PracticeReport, PracticeReportJson> {

  @Override
  public String collection() {
    return "practice-reports";
  }

  @Override
  public String pageSegment() {
    return "erfaringsrapporter";
  }

  @Override
  public String displayName() {
    return "practice report";
  }

  @Override
  public String relationField() {
    return "practiceReportIds";
  }

  @Override
  public List<String> formFields() {
    return List.of("provider", "providerType", "year", "results", "lessons", "contact");
  }

  @Override
  public List<String> pageFacts() {
    return List.of("year", "provider", "providerType", "contact");
  }

  @Override
  public List<String> pageTexts() {
    return List.of("results", "lessons");
  }

  @Override
  public String schemaOrgType(JsonObject record) {
    return "Report";
  }

  @Override
  public Class<PracticeReport> entityClass() {
    return PracticeReport.class;
  }

  @Override
  public Class<PracticeReportJson> jsonClass() {
    return PracticeReportJson.class;
  }

  @Override
  public PracticeReport newEntity(String id, String owner, ItemState state, Instant now) {
    return new PracticeReport(id, owner, state, now);
  }

  @Override
  public void apply(PracticeReportJson json, PracticeReport report) {
    report.report(
        json.provider.strip(),
        json.providerType,
        json.year,
        json.results,
        json.lessons,
        json.contact);
    List<String> related = new ArrayList<>();
    if (json.projectIds != null) {
      related.addAll(json.projectIds);
    }
    if (json.publicationIds != null) {
      related.addAll(json.publicationIds);
    }
    report.setRelatedItemIds(related);
  }

  @Override
  public PracticeReportJson toJson(PracticeReport report) {
    var json = new PracticeReportJson();
    json.provider = report.provider();
    json.providerType = report.providerType();
    json.year = report.year();
    json.results = report.results();
    json.lessons = report.lessons();
    json.contact = report.contact();
    return json;
  }
}
