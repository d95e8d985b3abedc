package no.arbeidoghelse.kunnskapsbase.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into the syntax of Lucene's {@code SimpleQueryParser}, which never
 * fails on any input: the words {@code OR}, {@code AND} and {@code NOT} become its operators
 * ({@code |}, {@code +}, {@code -}). Text beyond the configured length is cut; which words a long
 * query keeps is decided elsewhere ({@link TermSelection}) and given as the words to leave out.
 */
public final class QueryText {

  /** Marks a NOT until it is joined to the word after it. */
  private static final String NOT = "\u0000NOT";

  private static final Pattern WORD = Pattern.compile("\"[^\"]*\"?|\\S+");

  /** Characters that give a word a meaning of its own to the parser (phrase, fuzzy, prefix...). */
  private static final Pattern SYNTAX = Pattern.compile("[\"*~|+()\\\\]");

  private QueryText() {}

  /** The text in the parser's syntax, at most {@code maxLength} characters of it. */
  public static String prepare(String text, int maxLength) {
    return prepare(text, maxLength, Set.of(), Integer.MAX_VALUE);
  }

  /**
   * The text in the parser's syntax, without the plain words in {@code leftOut} (as {@link
   * #plainWords} names them), and with each plain word at most {@code maxRepeats} times.
   */
  public static String prepare(String text, int maxLength, Set<String> leftOut, int maxRepeats) {
    return prepare(text, maxLength, leftOut, maxRepeats, List.of());
  }

  /**
   * As {@link #prepare(String, int, Set, int)}, and with each run of plain words that is one of
   * {@code terms} (as {@link #plainWords} names words; longest first) marked as a term: the parser
   * analyses words one by one, so a term of several words ("individuell jobbstøtte") meets its
   * synonyms ("IPS") only when its words are read together. A term is written as a phrase with the
   * slop {@link #TERM_SLOP}; the parser reads it as all of its words, or a synonym (not as an exact
   * phrase, which costs far more and finds less: "return to work" also finds "returning to work").
   */
  public static String prepare(
      String text, int maxLength, Set<String> leftOut, int maxRepeats, List<List<String>> terms) {
    List<String> out = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    Matcher m = WORD.matcher(cut(text, maxLength));
    boolean afterNot = false;
    while (m.find()) {
      String word = m.group();
      switch (word) {
        case "OR" -> out.add("|");
        case "AND" -> out.add("+");
        case "NOT" -> out.add(NOT);
        default -> {
          // a dash standing alone is punctuation ("hypertrophy - stimulus"), not an exclusion
          boolean dash = word.chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014');
          String plain = plain(word);
          boolean kept =
              afterNot
                  || plain == null
                  || !leftOut.contains(plain) && seen.merge(plain, 1, Integer::sum) <= maxRepeats;
          if (!dash && kept) {
            out.add(word);
          }
        }
      }
      afterNot = word.equals("NOT");
    }
    quoteTerms(out, terms);
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

  /** The slop that marks a phrase as a term of several words ({@link #prepare}). */
  public static final int TERM_SLOP = 9999;

  /** Replaces each run of plain tokens that spells one of the terms by the term, marked. */
  private static void quoteTerms(List<String> tokens, List<List<String>> terms) {
    for (int start = 0; start < tokens.size(); start++) {
      for (List<String> term : terms) {
        int end = start + term.size();
        if (end <= tokens.size() && spells(tokens.subList(start, end), term)) {
          String quoted = "\"" + String.join(" ", term) + "\"~" + TERM_SLOP;
          tokens.subList(start, end).clear();
          tokens.add(start, quoted);
          break;
        }
      }
    }
  }

  private static boolean spells(List<String> tokens, List<String> term) {
    for (int i = 0; i < term.size(); i++) {
      if (!term.get(i).equals(plain(tokens.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is longer than a search reads. */
  public static boolean isCut(String text, int maxLength) {
    return text.length() > maxLength;
  }

  /**
   * The words of the text that a long query may leave out, lower-cased and without surrounding
   * punctuation, in order and with repeats: not operators, phrases, exclusions or words with {@code
   * ~} or {@code *}, which the person wrote on purpose.
   */
  public static List<String> plainWords(String text, int maxLength) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(cut(text, maxLength));
    boolean afterNot = false;
    while (m.find()) {
      String plain = afterNot ? null : plain(m.group());
      if (plain != null) {
        words.add(plain);
      }
      afterNot = m.group().equals("NOT");
    }
    return words;
  }

  /** The word as {@link #plainWords} names it, or null if it is not a plain word. */
  private static String plain(String word) {
    if (List.of("OR", "AND", "NOT").contains(word)
        || word.startsWith("-")
        || SYNTAX.matcher(word).find()) {
      return null;
    }
    int start = 0;
    int end = word.length();
    while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : word.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static String cut(String text, int maxLength) {
    return text.length() > maxLength ? text.substring(0, maxLength) : text;
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
