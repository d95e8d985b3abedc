package no.arbeidoghelse.kunnskapsbase.item.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;

/**
 * Every kind of record there is: the CDI beans that implement {@link ItemKind}, in the order of the
 * {@code kinds} value list in {@code index-config/taxonomy.json}, which must name each exactly.
 */
@ApplicationScoped
public class ItemKinds {

  /** The value list that names and labels the kinds. */
  public static final String VALUE_LIST = "kinds";

  private List<ItemKind<?>> kinds;
  private Map<String, List<String>> links;

  public ItemKinds() {}

  /** Outside the container (tests). */
  public ItemKinds(Taxonomy taxonomy, Collection<? extends ItemKind<?>> kinds) {
    this.kinds = ordered(taxonomy, kinds);
    this.links = links(taxonomy);
  }

  @Inject
  void discover(Taxonomy taxonomy, @Any Instance<ItemKind<?>> beans) {
    List<ItemKind<?>> found = new ArrayList<>();
    beans.forEach(found::add);
    this.kinds = ordered(taxonomy, found);
    this.links = links(taxonomy);
  }

  /** Each kind's {@code links} in the value list, every one a kind. */
  private static Map<String, List<String>> links(Taxonomy taxonomy) {
    Set<String> keys = Set.copyOf(taxonomy.valueKeys(VALUE_LIST));
    Map<String, List<String>> links = new java.util.HashMap<>();
    for (var term : taxonomy.valueList(VALUE_LIST)) {
      List<String> named = term.links() == null ? List.of() : term.links();
      Set<String> unknown = new TreeSet<>(named);
      unknown.removeAll(keys);
      if (!unknown.isEmpty()) {
        throw new IllegalStateException(
            "The kind '"
                + term.key()
                + "' in index-config/"
                + Taxonomy.FILE
                + " links to kinds that do not exist: "
                + unknown);
      }
      links.put(term.key(), named);
    }
    return links;
  }

  private static List<ItemKind<?>> ordered(
      Taxonomy taxonomy, Collection<? extends ItemKind<?>> found) {
    Map<String, ItemKind<?>> byKey =
        found.stream().collect(Collectors.toMap(ItemKind::key, Function.identity()));
    List<String> listed = taxonomy.valueKeys(VALUE_LIST);
    Set<String> unlisted = new TreeSet<>(byKey.keySet());
    listed.forEach(unlisted::remove);
    Set<String> missing = new TreeSet<>(listed);
    missing.removeAll(byKey.keySet());
    if (!unlisted.isEmpty() || !missing.isEmpty()) {
      throw new IllegalStateException(
          "The value list '"
              + VALUE_LIST
              + "' in index-config/"
              + Taxonomy.FILE
              + " must name every kind of record: not listed "
              + unlisted
              + ", listed without a kind "
              + missing);
    }
    return listed.stream().<ItemKind<?>>map(byKey::get).toList();
  }

  /**
   * The kinds a record of this kind may link to ({@code links} of its entry in the value list), in
   * the order their fields are named.
   */
  public List<String> linkableKinds(ItemKind<?> kind) {
    return links.getOrDefault(kind.key(), List.of());
  }

  /** All kinds, in the taxonomy's order. */
  public List<ItemKind<?>> all() {
    return kinds;
  }

  public List<String> keys() {
    return kinds.stream().map(ItemKind::key).toList();
  }

  public Optional<ItemKind<?>> byKey(String key) {
    return kinds.stream().filter(kind -> kind.key().equals(key)).findFirst();
  }

  /** The kind whose API collection is {@code collection}. */
  public Optional<ItemKind<?>> byCollection(String collection) {
    return kinds.stream().filter(kind -> kind.collection().equals(collection)).findFirst();
  }

  /** The kind whose pages live under {@code segment}. */
  public Optional<ItemKind<?>> byPageSegment(String segment) {
    return kinds.stream().filter(kind -> kind.pageSegment().equals(segment)).findFirst();
  }

  /** The kind of a record; every stored record has one. */
  public ItemKind<?> of(Item item) {
    return byKey(item.kind())
        .orElseThrow(() -> new IllegalStateException("no kind " + item.kind()));
  }

  /** The API address of a record. */
  public String path(Item item) {
    return of(item).path(item.id());
  }
}
