package no.arbeidoghelse.kunnskapsbase.taxonomy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.arbeidoghelse.kunnskapsbase.platform.config.IndexConfigFiles;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyDefinition;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyTerm;

/** The taxonomy from {@code index-config/taxonomy.json}, and checks of keys against it. */
@ApplicationScoped
public class Taxonomy {

  public static final String FILE = "taxonomy.json";

  private final TaxonomyDefinition definition;
  private final Map<TaxonomyScheme, Map<String, TaxonomyTerm>> termsByKey =
      new EnumMap<>(TaxonomyScheme.class);

  private static volatile Taxonomy configured;

  /** The configured taxonomy, shared with {@link #configured()} so the file is read once. */
  public Taxonomy() {
    this(configured().definition);
  }

  /**
   * The configured taxonomy, read once, for code the container does not create (Bean Validation's
   * validators, the pages' texts).
   */
  public static Taxonomy configured() {
    Taxonomy taxonomy = configured;
    if (taxonomy == null) {
      taxonomy = new Taxonomy(load());
      configured = taxonomy;
    }
    return taxonomy;
  }

  public Taxonomy(TaxonomyDefinition definition) {
    this.definition = definition;
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      termsByKey.put(
          scheme,
          definition.scheme(scheme).stream()
              .flatMap(TaxonomyTerm::selfAndDescendants)
              .collect(Collectors.toUnmodifiableMap(TaxonomyTerm::key, Function.identity())));
    }
  }

  private static TaxonomyDefinition load() {
    var files = IndexConfigFiles.configured();
    try (InputStream in = files.open(FILE);
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, TaxonomyDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + files.location(FILE), e);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot read " + files.location(FILE) + ": " + e.getMessage(), e);
    }
  }

  public TaxonomyDefinition definition() {
    return definition;
  }

  /** The terms of a value list ({@code kinds}, {@code projectStatuses}, ...), in order. */
  public List<TaxonomyTerm> valueList(String name) {
    List<TaxonomyTerm> terms = definition.valueLists().get(name);
    if (terms == null) {
      throw new IllegalStateException(
          "index-config/" + FILE + " has no value list '" + name + "' under valueLists");
    }
    return terms;
  }

  /** The keys of a value list, in order. */
  public List<String> valueKeys(String name) {
    return valueList(name).stream().map(TaxonomyTerm::key).toList();
  }

  public boolean contains(TaxonomyScheme scheme, String key) {
    return termsByKey.get(scheme).containsKey(key);
  }

  public Set<String> keys(TaxonomyScheme scheme) {
    return termsByKey.get(scheme).keySet();
  }

  /** Field errors for every key that is not a term of its scheme, naming the key. */
  public List<FieldError> unknownKeys(TaxonomyScheme scheme, Collection<String> keys) {
    return keys.stream()
        .filter(key -> !contains(scheme, key))
        .map(
            key ->
                new FieldError(
                    scheme.field(),
                    "unknown taxonomy key '"
                        + key
                        + "'; see GET /api/v1/taxonomy for the valid keys"))
        .toList();
  }

  public void requireKnown(TaxonomyScheme scheme, Collection<String> keys) {
    var errors = unknownKeys(scheme, keys);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }
}
