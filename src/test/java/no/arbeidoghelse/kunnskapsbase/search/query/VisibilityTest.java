package no.arbeidoghelse.kunnskapsbase.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.arbeidoghelse.kunnskapsbase.item.control.ReadAccess;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching finds exactly what the item core's {@link ReadAccess} lets a caller read. */
class VisibilityTest {

  private static final List<Caller> CALLERS =
      List.of(
          Caller.ANONYMOUS,
          new Caller("rita", Set.of(Caller.Role.RESEARCHER)),
          new Caller("tor", Set.of(Caller.Role.RESEARCHER)),
          new Caller("eva", Set.of(Caller.Role.EDITOR)),
          new Caller("ada", Set.of(Caller.Role.ADMIN)));

  @Test
  void searchFindsWhatReadAccessAllowsButWithdrawnRecords(@TempDir Path directory)
      throws IOException {
    try (var fixture = new SearchFixture(directory)) {
      for (ItemState state : ItemState.values()) {
        for (String owner : List.of("rita", "tor")) {
          fixture
              .record(state.key() + "-" + owner)
              .title("Sykefravær")
              .state(state.key(), owner)
              .add();
        }
      }
      for (Caller caller : CALLERS) {
        Set<String> expected = new TreeSet<>();
        for (ItemState state : ItemState.values()) {
          for (String owner : List.of("rita", "tor")) {
            if (state != ItemState.WITHDRAWN
                && ReadAccess.of(caller).allows(state, owner::equals)) {
              expected.add(state.key() + "-" + owner);
            }
          }
        }
        var found = fixture.search(SearchFixture.request("sykefravær", java.util.Map.of()), caller);
        List<String> ids = new ArrayList<>();
        found.hits().forEach(hit -> ids.add(hit.id()));
        assertEquals(expected, new TreeSet<>(ids), "what " + caller + " finds");
      }
    }
  }
}
