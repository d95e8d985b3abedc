package no.arbeidoghelse.kunnskapsbase.search.hits;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets: after a full stop, question or exclamation mark (and any
 * closing quotes or brackets) that whitespace and then no lowercase letter follow, and at line
 * breaks. The JDK's rule-based sentence iterator took a quarter of the time of highlighting;
 * summaries need nothing finer.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  private int current;

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    return current = following(current);
  }

  @Override
  public int previous() {
    if (current <= 0) {
      return DONE;
    }
    return current = preceding(current);
  }

  @Override
  public int following(int offset) {
    for (int i = offset + 1; i < text.length(); i++) {
      if (isBoundary(i)) {
        return current = i;
      }
    }
    return current = text.length();
  }

  @Override
  public int preceding(int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
      if (isBoundary(i)) {
        return current = i;
      }
    }
    return current = 0;
  }

  @Override
  public boolean isBoundary(int offset) {
    if (offset <= 0 || offset >= text.length()) {
      return offset == 0 || offset == text.length();
    }
    char before = text.charAt(offset - 1);
    if (!Character.isWhitespace(before) || Character.isWhitespace(text.charAt(offset))) {
      return false; // a sentence starts at the first non-blank character after the break
    }
    if (before == '\n') {
      return true;
    }
    if (Character.isLowerCase(text.charAt(offset))) {
      return false; // "«Tett oppfølging!» sier NAV" goes on
    }
    int end = offset - 1;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end > 0 && "\"'»”’)]".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    var builder = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      builder.append(c);
    }
    setText(builder.toString());
  }
}
