package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportMapper;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectMapper;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationMapper;

/**
 * The mapper of each item type by the type's key ({@code project}, {@code publication}, {@code
 * practice-report}), for code that gets the type as text (the web pages).
 */
@ApplicationScoped
public class ItemMappers {

  @Inject ProjectMapper projects;
  @Inject PublicationMapper publications;
  @Inject PracticeReportMapper practiceReports;

  /** The mapper of a type key; an unknown key is a programming error. */
  public ItemMapper<?, ?> of(String typeKey) {
    return switch (typeKey) {
      case "project" -> projects;
      case "publication" -> publications;
      case "practice-report" -> practiceReports;
      default -> throw new IllegalArgumentException("no item type " + typeKey);
    };
  }
}
