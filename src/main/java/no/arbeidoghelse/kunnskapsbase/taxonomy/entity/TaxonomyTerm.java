package no.arbeidoghelse.kunnskapsbase.taxonomy.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One term of a taxonomy scheme: a stable key, labels by language and narrower terms. A term of the
 * {@code kinds} list also names the kinds its records may link to ({@code links}; null elsewhere).
 */
public record TaxonomyTerm(
    String key, Map<String, String> labels, List<TaxonomyTerm> children, List<String> links) {

  public TaxonomyTerm {
    labels = Map.copyOf(labels);
    children = children == null ? List.of() : List.copyOf(children);
    links = links == null ? null : List.copyOf(links);
  }

  /** This term and every term below it. */
  public Stream<TaxonomyTerm> selfAndDescendants() {
    return Stream.concat(
        Stream.of(this), children.stream().flatMap(TaxonomyTerm::selfAndDescendants));
  }
}
