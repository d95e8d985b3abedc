package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ItemState} by its key, so the database reads like the API. */
@Converter(autoApply = true)
public class KeyedEnumConverter implements AttributeConverter<ItemState, String> {
  @Override
  public String convertToDatabaseColumn(ItemState state) {
    return state == null ? null : state.key();
  }

  @Override
  public ItemState convertToEntityAttribute(String key) {
    return key == null ? null : ItemState.fromKey(key);
  }
}
