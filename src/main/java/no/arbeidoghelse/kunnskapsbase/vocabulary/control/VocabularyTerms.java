package no.arbeidoghelse.kunnskapsbase.vocabulary.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;

/**
 * The rules of an entry's terms: two to {@link #MAX_TERMS} different terms of at most {@link
 * #MAX_WORDS} words, written with letters, digits and the few signs that occur inside names ({@code
 * - ' . / & +}). Signs that have a meaning in a query or in the synonym format ({@code , = > # " *
 * ~ ( ) |}) are refused, so a stored entry always reads as written.
 */
public final class VocabularyTerms {

  public static final int MIN_TERMS = 2;
  public static final int MAX_TERMS = 20;
  public static final int MAX_LENGTH = 100;
  public static final int MAX_WORDS = 8;

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .'’/&+-]+");
  private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

  private VocabularyTerms() {}

  /**
   * The terms as stored (spaces tidied, Unicode composed), or what is wrong with them: each problem
   * names the term's place, {@code terms[2]}.
   */
  public static Checked check(List<String> given) {
    List<FieldError> errors = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    if (given == null) {
      return new Checked(List.of(), List.of(new FieldError("terms", "is missing")));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String at = "terms[" + i + "]";
      String term = tidy(given.get(i));
      if (term.isEmpty()) {
        errors.add(new FieldError(at, "must not be empty"));
      } else if (term.length() > MAX_LENGTH) {
        errors.add(new FieldError(at, "must be at most " + MAX_LENGTH + " characters"));
      } else if (!ALLOWED.matcher(term).matches() || !HAS_WORD.matcher(term).matches()) {
        errors.add(
            new FieldError(
                at,
                "'"
                    + term
                    + "' may hold letters, digits, spaces and - ' . / & + only, and at least one"
                    + " letter or digit"));
      } else if (term.split(" ").length > MAX_WORDS) {
        errors.add(new FieldError(at, "must be at most " + MAX_WORDS + " words"));
      } else if (!seen.add(term.toLowerCase(Locale.ROOT))) {
        errors.add(new FieldError(at, "'" + term + "' is listed twice"));
      } else {
        terms.add(term);
      }
    }
    if (given.size() < MIN_TERMS || given.size() > MAX_TERMS) {
      errors.add(
          new FieldError(
              "terms",
              "must list from "
                  + MIN_TERMS
                  + " to "
                  + MAX_TERMS
                  + " terms that mean the same, not "
                  + given.size()));
    }
    return new Checked(List.copyOf(terms), List.copyOf(errors));
  }

  /** Checked terms: usable when there are no errors. */
  public record Checked(List<String> terms, List<FieldError> errors) {}

  private static String tidy(String term) {
    if (term == null) {
      return "";
    }
    return Normalizer.normalize(term, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }
}
