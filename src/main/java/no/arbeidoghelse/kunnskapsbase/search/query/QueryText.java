package no.arbeidoghelse.kunnskapsbase.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into the syntax of Lucene's {@code SimpleQueryParser}, which never
 * fails on any input: the words {@code OR}, {@code AND} and {@code NOT} become its operators
 * ({@code |}, {@code +}, {@code -}), very long text is cut, and only the first words count.
 */
public final class QueryText {

  /** Marks a NOT until it is joined to the word after it. */
  private static final String NOT = "\u0000NOT";

  private static final Pattern WORD = Pattern.compile("\"[^\"]*\"?|\\S+");

  private QueryText() {}

  public static String prepare(String text, int maxLength, int maxTerms) {
    String cut = text.length() > maxLength ? text.substring(0, maxLength) : text;
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(cut);
    int terms = 0;
    while (m.find() && terms < maxTerms) {
      String word = m.group();
      switch (word) {
        case "OR" -> out.add("|");
        case "AND" -> out.add("+");
        case "NOT" -> out.add(NOT);
        default -> {
          // a dash standing alone is punctuation ("hypertrophy - stimulus"), not an exclusion
          if (!word.chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014')) {
            out.add(word);
            terms++;
          }
        }
      }
    }
    // "a NOT b" means a and not b: the operator binds to the next word.
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      String token = out.get(i);
      if (token.equals(NOT) && i + 1 < out.size()) {
        query.append(' ').append('-').append(out.get(++i));
      } else if (!token.equals(NOT)) {
        query.append(' ').append(token);
      }
    }
    return query.toString().trim();
  }

  /** The plain words of the text (no operators or quotes), for spelling suggestions. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String part : text.split("[\\s\"()|+*~]+")) {
      String word = part.startsWith("-") ? part.substring(1) : part;
      if (!word.isBlank() && !List.of("OR", "AND", "NOT").contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
