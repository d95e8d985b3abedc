package no.arbeidoghelse.kunnskapsbase.web.boundary;

import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;

/** Which value list a kind's field draws its keys from, as its JSON class declares. */
final class ValueLists {

  private ValueLists() {}

  /** The value list of {@code field}, or null when it is free text. */
  static String of(ItemMapper<?, ?> kind, String field) {
    try {
      ValueListKey key = kind.jsonClass().getField(field).getAnnotation(ValueListKey.class);
      return key == null ? null : key.value();
    } catch (NoSuchFieldException e) {
      return null;
    }
  }
}
