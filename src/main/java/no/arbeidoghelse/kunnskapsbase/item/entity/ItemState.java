package no.arbeidoghelse.kunnskapsbase.item.entity;

/** Where an item is in its editorial life. Only {@link #PUBLISHED} items are public. */
public enum ItemState {
  DRAFT("draft"),
  IN_REVIEW("in-review"),
  PUBLISHED("published"),
  WITHDRAWN("withdrawn");

  private final String key;

  ItemState(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static ItemState fromKey(String key) {
    for (ItemState state : values()) {
      if (state.key.equals(key)) {
        return state;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
