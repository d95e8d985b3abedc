package no.arbeidoghelse.kunnskapsbase.item.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.RollbackException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.item.entity.WorkflowAction;
import no.arbeidoghelse.kunnskapsbase.platform.paging.PageRequest;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectJson;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectKind;
import no.arbeidoghelse.kunnskapsbase.project.entity.Project;
import no.arbeidoghelse.kunnskapsbase.testing.Services;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Items in a real MariaDB: every field round-trips, and concurrent changes cannot be lost. */
class ItemPersistenceIT {

  static final Caller EDITOR = new Caller("eva", Set.of(Caller.Role.EDITOR));
  static TestDatabase database;

  @BeforeAll
  static void migrate() {
    database = TestDatabase.mariaDb().migrated();
  }

  @AfterAll
  static void drop() {
    database.close();
  }

  private static Services services() {
    return new Services(database.entityManagerFactory().createEntityManager());
  }

  private static ProjectJson project() {
    var json = new ProjectJson();
    json.title = "Arbeid og psykisk helse \uD83E\uDDE0 – æøå ÆØÅ";
    json.summary = "Sammendrag på bokmål";
    json.summaryEn = "Summary in English";
    json.language = "nb";
    json.status = "ongoing";
    json.startDate = LocalDate.of(2024, 1, 15);
    json.endDate = LocalDate.of(2026, 12, 31);
    json.sectors = List.of("health", "labour-welfare");
    json.levelsOfCare = List.of("specialist-care");
    json.topics = List.of("ips", "anxiety-depression");
    json.keywords = List.of("jobbspesialist", "IPS", "unge");
    json.people = List.of(new ItemJson.PersonRoleJson(null, "Kari Nordmann", "project-leader"));
    json.externalIds = List.of(new ItemJson.ExternalIdJson("rek", "2024/12345"));
    json.links = List.of(new ItemJson.LinkJson("https://example.org/prosjekt", "Nettside"));
    json.funding = List.of(new ProjectJson.FundingJson("Stiftelsen", null, "S-1"));
    return json;
  }

  @Test
  void everyFieldRoundTrips() {
    var writer = services();
    var mapper = new ProjectKind();
    var created = writer.inTransaction(() -> writer.items.create(mapper, project(), EDITOR));

    var reader = services();
    var read = reader.inTransaction(() -> reader.items.read(mapper, created.id, Caller.ANONYMOUS));
    var expected = project();
    assertEquals(expected.title, read.title);
    assertEquals(expected.startDate, read.startDate);
    assertEquals(expected.keywords, read.keywords, "keyword order is kept");
    assertEquals(Set.copyOf(expected.sectors), Set.copyOf(read.sectors));
    assertEquals("Kari Nordmann", read.people.get(0).name());
    assertEquals("2024/12345", read.externalIds.get(0).value());
    assertEquals("S-1", read.funding.get(0).reference());
    assertEquals("published", read.state);
    assertEquals(1L, read.version);
  }

  @Test
  void aConcurrentChangeLosesNothing() {
    var mapper = new ProjectKind();
    var setup = services();
    String id = setup.inTransaction(() -> setup.items.create(mapper, project(), EDITOR)).id;

    // two editors load version 1; the first commit wins, the second must fail, not overwrite
    var first = services();
    var second = services();
    first.em.getTransaction().begin();
    second.em.getTransaction().begin();
    Project one = first.itemService.findEditable(Project.class, id, EDITOR);
    Project two = second.itemService.findEditable(Project.class, id, EDITOR);
    one.describe("Første endring", null, null, null, "nb");
    two.describe("Andre endring", null, null, null, "nb");
    first.em.getTransaction().commit();
    assertThrows(RollbackException.class, () -> second.em.getTransaction().commit());

    var check = services();
    var stored = check.inTransaction(() -> check.items.read(mapper, id, EDITOR));
    assertEquals("Første endring", stored.title);
    assertEquals(2L, stored.version);
  }

  @Test
  void listsOnlyWhatTheCallerMaySeeInAStableOrder() {
    var mapper = new ProjectKind();
    var researcher = new Caller("rita", Set.of(Caller.Role.RESEARCHER));
    var s = services();
    String draft = s.inTransaction(() -> s.items.create(mapper, project(), researcher)).id;
    var anonymousPage =
        s.inTransaction(
            () -> s.items.list(mapper, Caller.ANONYMOUS, PageRequest.of("1", "100"), null));
    assertTrue(anonymousPage.items().stream().noneMatch(p -> p.id.equals(draft)));
    var ownPage =
        s.inTransaction(() -> s.items.list(mapper, researcher, PageRequest.of("1", "100"), null));
    assertTrue(ownPage.items().stream().anyMatch(p -> p.id.equals(draft)));
    assertEquals(ownPage.total(), ownPage.items().size());
  }

  /** The database's condition and the Java check are one rule ({@link ReadAccess}). */
  @Test
  void theListsAndTheJavaCheckAgreeOnWhoReadsWhat() {
    var kind = new ProjectKind();
    var rita = new Caller("rita", Set.of(Caller.Role.RESEARCHER));
    var tor = new Caller("tor", Set.of(Caller.Role.RESEARCHER));
    var s = services();
    java.util.Map<String, ItemState> made = new java.util.HashMap<>();
    for (ItemState state : ItemState.values()) {
      String id = s.inTransaction(() -> s.items.create(kind, project(), rita)).id;
      switch (state) {
        case DRAFT -> {}
        case IN_REVIEW -> take(s, kind, id, WorkflowAction.SUBMIT, rita);
        case PUBLISHED -> take(s, kind, id, WorkflowAction.PUBLISH, EDITOR);
        case WITHDRAWN -> take(s, kind, id, WorkflowAction.WITHDRAW, rita);
      }
      made.put(id, state);
    }
    s.inTransaction(
        () -> {
          var account =
              new no.arbeidoghelse.kunnskapsbase.account.entity.Account(
                  "tor", "not-a-hash", java.time.Instant.now());
          account.setProfile("Tor", null);
          s.em.persist(account);
          return null;
        });
    String shared = s.inTransaction(() -> s.items.create(kind, project(), rita)).id;
    s.inTransaction(() -> s.items.addCoOwner(kind, shared, "tor", rita));
    made.put(shared, ItemState.DRAFT);
    for (Caller caller : List.of(Caller.ANONYMOUS, rita, tor, EDITOR)) {
      for (ItemState state : ItemState.values()) {
        var listed =
            s.inTransaction(
                () -> s.itemService.list(Project.class, caller, PageRequest.of("1", "100"), state));
        Set<String> ours = new java.util.TreeSet<>(made.keySet());
        Set<String> shown = new java.util.TreeSet<>();
        listed.items().stream().map(Item::id).filter(ours::contains).forEach(shown::add);
        Set<String> allowed = new java.util.TreeSet<>();
        for (String id : ours) {
          boolean reads =
              s.inTransaction(
                  () -> {
                    Project project = s.em.find(Project.class, id);
                    return project.state() == state && ItemService.canSee(project, caller);
                  });
          if (reads) {
            allowed.add(id);
          }
        }
        assertEquals(allowed, shown, caller + " listing " + state);
      }
    }
  }

  private static void take(
      Services s, ProjectKind kind, String id, WorkflowAction action, Caller who) {
    s.inTransaction(() -> s.items.take(kind, id, action, null, null, who));
  }
}
