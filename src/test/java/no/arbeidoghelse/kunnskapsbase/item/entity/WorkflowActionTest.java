package no.arbeidoghelse.kunnskapsbase.item.entity;

import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.DRAFT;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.IN_REVIEW;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.PUBLISHED;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.project.entity.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowActionTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  static Item item(ItemState state) {
    return new Project("p1", "rita", state, NOW);
  }

  @Test
  void theWholeLifeOfARecord() {
    Item item = item(DRAFT);
    item.take(WorkflowAction.SUBMIT, NOW.plusSeconds(1));
    assertEquals(IN_REVIEW, item.state());
    assertEquals(NOW.plusSeconds(1), item.submittedAt());
    item.take(WorkflowAction.RETURN, NOW.plusSeconds(2));
    assertEquals(DRAFT, item.state());
    item.take(WorkflowAction.SUBMIT, NOW.plusSeconds(3));
    assertEquals(
        NOW.plusSeconds(3), item.submittedAt(), "the queue orders by the latest submission");
    item.take(WorkflowAction.PUBLISH, NOW.plusSeconds(4));
    assertEquals(PUBLISHED, item.state());
    item.take(WorkflowAction.WITHDRAW, NOW.plusSeconds(5));
    assertEquals(WITHDRAWN, item.state());
    assertEquals(PUBLISHED, item.stateBeforeWithdrawal());
    item.take(WorkflowAction.RESTORE, NOW.plusSeconds(6));
    assertEquals(PUBLISHED, item.state(), "restoring brings back the state before withdrawal");
    assertNull(item.stateBeforeWithdrawal());
    item.take(WorkflowAction.UNPUBLISH, NOW.plusSeconds(7));
    assertEquals(DRAFT, item.state());
    assertEquals(NOW.plusSeconds(7), item.updatedAt());
  }

  @ParameterizedTest
  @EnumSource(WorkflowAction.class)
  void anActionFromAStateItDoesNotAllowChangesNothing(WorkflowAction action) {
    for (ItemState state : EnumSet.complementOf(EnumSet.copyOf(action.from()))) {
      Item item = item(state);
      assertThrows(IllegalStateException.class, () -> item.take(action, NOW));
      assertEquals(state, item.state());
    }
  }

  @Test
  void allowedStartingStates() {
    assertEquals(Set.of(DRAFT), WorkflowAction.SUBMIT.from());
    assertEquals(Set.of(DRAFT, IN_REVIEW), WorkflowAction.PUBLISH.from());
    assertEquals(Set.of(IN_REVIEW), WorkflowAction.RETURN.from());
    assertEquals(Set.of(PUBLISHED), WorkflowAction.UNPUBLISH.from());
    assertEquals(Set.of(DRAFT, IN_REVIEW, PUBLISHED), WorkflowAction.WITHDRAW.from());
    assertEquals(Set.of(WITHDRAWN), WorkflowAction.RESTORE.from());
  }

  @Test
  void editorsDecideWhatIsPublic() {
    assertFalse(WorkflowAction.SUBMIT.needsEditor(DRAFT, null));
    for (var action :
        List.of(WorkflowAction.PUBLISH, WorkflowAction.RETURN, WorkflowAction.UNPUBLISH)) {
      assertTrue(action.needsEditor(IN_REVIEW, null), action::toString);
    }
    assertFalse(WorkflowAction.WITHDRAW.needsEditor(DRAFT, null));
    assertFalse(WorkflowAction.WITHDRAW.needsEditor(IN_REVIEW, null));
    assertTrue(WorkflowAction.WITHDRAW.needsEditor(PUBLISHED, null));
    assertFalse(WorkflowAction.RESTORE.needsEditor(WITHDRAWN, DRAFT));
    assertTrue(WorkflowAction.RESTORE.needsEditor(WITHDRAWN, PUBLISHED));
  }

  @Test
  void coOwnersOwnTheRecordToo() {
    Item item = item(DRAFT);
    item.setCoOwners(List.of("olav"));
    assertTrue(item.isOwnedBy("rita"));
    assertTrue(item.isOwnedBy("olav"));
    assertFalse(item.isOwnedBy("edith"));
    assertFalse(item.isOwnedBy(null));
    assertNotNull(item.coOwners());
  }
}
