package no.arbeidoghelse.kunnskapsbase.practicereport.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemResource;
import no.arbeidoghelse.kunnskapsbase.practicereport.entity.PracticeReport;

@Path("v1/practice-reports")
@RequestScoped
public class PracticeReportsResource extends ItemResource<PracticeReport, PracticeReportJson> {

  @Inject PracticeReportKind practiceReports;

  @Override
  protected ItemMapper<PracticeReport, PracticeReportJson> mapper() {
    return practiceReports;
  }
}
