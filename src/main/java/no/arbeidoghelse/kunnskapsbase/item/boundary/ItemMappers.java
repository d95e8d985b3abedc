package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKind;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;

/** The JSON mapping of each kind of record, found through {@link ItemKinds}. */
@ApplicationScoped
public class ItemMappers {

  @Inject ItemKinds kinds;

  public ItemMappers() {}

  public ItemMappers(ItemKinds kinds) {
    this.kinds = kinds;
  }

  /** The mapper of a kind key; an unknown key is a programming error. */
  public ItemMapper<?, ?> of(String kindKey) {
    return kinds
        .byKey(kindKey)
        .map(ItemMappers::mapper)
        .orElseThrow(() -> new IllegalArgumentException("no kind of record " + kindKey));
  }

  /** The mapper of the kind whose API collection is {@code collection}. */
  public Optional<ItemMapper<?, ?>> byCollection(String collection) {
    return kinds.byCollection(collection).map(ItemMappers::mapper);
  }

  public ItemKinds kinds() {
    return kinds;
  }

  private static ItemMapper<?, ?> mapper(ItemKind<?> kind) {
    if (kind instanceof ItemMapper<?, ?> mapper) {
      return mapper;
    }
    throw new IllegalStateException(kind.key() + " has no JSON mapping (implement ItemMapper)");
  }
}
