package no.arbeidoghelse.kunnskapsbase.item.entity;

/** An entity whose changes change what is known about an item: the item itself, its documents. */
public interface PartOfItem {
  String itemId();
}
