package no.arbeidoghelse.kunnskapsbase.item.entity;

/** An entity whose changes change what is known about an item: the item itself, its documents. */
public interface PartOfItem {
  String itemId();

  /**
   * Whether writing this part changes the item's entry in the search index, so that the item must
   * be indexed again; most parts are in it.
   */
  default boolean isSearched() {
    return true;
  }
}
