package no.arbeidoghelse.kunnskapsbase.testing;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.directory.control.DirectoryService;
import no.arbeidoghelse.kunnskapsbase.event.boundary.EventKind;
import no.arbeidoghelse.kunnskapsbase.history.control.ItemHistory;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemReferences;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;
import no.arbeidoghelse.kunnskapsbase.network.boundary.NetworkKind;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportKind;
import no.arbeidoghelse.kunnskapsbase.programme.boundary.ProgrammeKind;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectKind;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationKind;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * The application's control and boundary objects wired by hand around one entity manager, as CDI
 * would wire them in the container. Callers own the transaction.
 */
public final class Services {

  public static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  public static final Taxonomy TAXONOMY = new Taxonomy();
  public static final ItemKinds KINDS =
      new ItemKinds(
          TAXONOMY,
          List.of(
              new ProjectKind(),
              new PublicationKind(),
              new PracticeReportKind(),
              new ProgrammeKind(),
              new NetworkKind(),
              new EventKind()));

  public final EntityManager em;
  public final ItemService itemService;
  public final ItemOperations items;
  public final DirectoryService directoryService;
  public final DirectoryOperations directory;

  public Services(EntityManager em) {
    this.em = em;
    this.itemService = new ItemService(em, new ItemReferences(em, TAXONOMY, KINDS), KINDS);
    this.items = new ItemOperations(itemService, new ItemHistory(em)::record, VALIDATOR);
    this.directoryService = new DirectoryService(em);
    this.directory = new DirectoryOperations(directoryService, VALIDATOR);
  }

  /** Runs work in one resource-local transaction, rolling back if it throws. */
  public <T> T inTransaction(java.util.function.Supplier<T> work) {
    var tx = em.getTransaction();
    tx.begin();
    try {
      T result = work.get();
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.clear();
    }
  }
}
