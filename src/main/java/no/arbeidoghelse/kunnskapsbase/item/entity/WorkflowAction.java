package no.arbeidoghelse.kunnskapsbase.item.entity;

import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.DRAFT;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.IN_REVIEW;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.PUBLISHED;
import static no.arbeidoghelse.kunnskapsbase.item.entity.ItemState.WITHDRAWN;

import java.util.Set;

/**
 * The editorial workflow: each action, the states it may start from, and whether only an editor may
 * take it. Owners submit and may withdraw or restore what has not been public; editors do
 * everything.
 */
public enum WorkflowAction {
  SUBMIT("submit", "submitted", Set.of(DRAFT)),
  PUBLISH("publish", "published", Set.of(DRAFT, IN_REVIEW)),
  RETURN("return", "returned", Set.of(IN_REVIEW)),
  UNPUBLISH("unpublish", "unpublished", Set.of(PUBLISHED)),
  WITHDRAW("withdraw", "withdrawn", Set.of(DRAFT, IN_REVIEW, PUBLISHED)),
  RESTORE("restore", "restored", Set.of(WITHDRAWN));

  private final String key;
  private final String pastTense;
  private final Set<ItemState> from;

  WorkflowAction(String key, String pastTense, Set<ItemState> from) {
    this.key = key;
    this.pastTense = pastTense;
    this.from = from;
  }

  public String key() {
    return key;
  }

  /** How the action is named in an item's history. */
  public String pastTense() {
    return pastTense;
  }

  public boolean allowedFrom(ItemState state) {
    return from.contains(state);
  }

  /**
   * Whether taking this action on an item with the given state and (for a withdrawn item) the state
   * it had before needs an editor: publishing decisions are theirs, and so is anything that takes a
   * public record away or brings one back.
   */
  public boolean needsEditor(ItemState state, ItemState stateBeforeWithdrawal) {
    return switch (this) {
      case SUBMIT -> false;
      case PUBLISH, RETURN, UNPUBLISH -> true;
      case WITHDRAW -> state == PUBLISHED;
      case RESTORE -> stateBeforeWithdrawal == PUBLISHED;
    };
  }

  /** The state the action leads to; null for restore, which goes back to where it was. */
  public ItemState leadsTo() {
    return switch (this) {
      case SUBMIT -> IN_REVIEW;
      case PUBLISH -> PUBLISHED;
      case RETURN, UNPUBLISH -> DRAFT;
      case WITHDRAW -> WITHDRAWN;
      case RESTORE -> null;
    };
  }

  /** The states from which the action is allowed, for messages. */
  public Set<ItemState> from() {
    return from;
  }
}
