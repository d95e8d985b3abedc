package no.arbeidoghelse.kunnskapsbase.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;

/** Labels of taxonomy keys in the page's language, and the topic tree flattened for tables. */
@ApplicationScoped
public class Labels {

  @Inject Taxonomy taxonomy;

  /** A term with its depth in the tree (0 for a top-level term). */
  public record Term(String key, String label, int depth) {}

  public String of(TaxonomyScheme scheme, String key, Locale locale) {
    return find(taxonomy.definition().scheme(scheme), key)
        .map(term -> label(term, locale))
        .orElse(key);
  }

  public List<String> of(TaxonomyScheme scheme, Collection<String> keys, Locale locale) {
    return keys == null ? List.of() : keys.stream().map(key -> of(scheme, key, locale)).toList();
  }

  /** Every term of a scheme, parents before their children. */
  public List<Term> terms(TaxonomyScheme scheme, Locale locale) {
    List<Term> terms = new ArrayList<>();
    add(taxonomy.definition().scheme(scheme), 0, locale, terms);
    return terms;
  }

  private static void add(List<TaxonomyTerm> level, int depth, Locale locale, List<Term> into) {
    for (TaxonomyTerm term : level) {
      into.add(new Term(term.key(), label(term, locale), depth));
      add(term.children(), depth + 1, locale, into);
    }
  }

  private static String label(TaxonomyTerm term, Locale locale) {
    return term.labels()
        .getOrDefault(locale.getLanguage(), term.labels().getOrDefault("nb", term.key()));
  }

  private static java.util.Optional<TaxonomyTerm> find(List<TaxonomyTerm> terms, String key) {
    for (TaxonomyTerm term : terms) {
      if (term.key().equals(key)) {
        return java.util.Optional.of(term);
      }
      var inChild = find(term.children(), key);
      if (inChild.isPresent()) {
        return inChild;
      }
    }
    return java.util.Optional.empty();
  }
}
