package dev.gradus.search;

import dev.gradus.search.PhraseChunker.Span;
import java.util.List;
import java.util.Locale;

/**
 * GRIPS's edit operations on the text of an instruction, given its phrases. Like the paper's code,
 * they edit the text in place, so whatever lies between phrases (punctuation, line breaks) stays
 * where it was, and they do not repair grammar: "in one word Answer the question." is a fair
 * candidate, and the scores decide. Only the spacing and punctuation a deletion leaves dangling are
 * tidied.
 */
final class PhraseEdits {

  private PhraseEdits() {}

  static String delete(String text, Span phrase) {
    return tidy(text.substring(0, phrase.start()) + text.substring(phrase.end()));
  }

  /** Exchanges two phrases; {@code a} and {@code b} may come in either order. */
  static String swap(String text, Span a, Span b) {
    Span first = a.start() < b.start() ? a : b;
    Span second = first == a ? b : a;
    return tidy(
        text.substring(0, first.start())
            + second.text()
            + text.substring(first.end(), second.start())
            + first.text()
            + text.substring(second.end()));
  }

  static String replace(String text, Span phrase, String replacement) {
    return tidy(text.substring(0, phrase.start()) + replacement + text.substring(phrase.end()));
  }

  /**
   * Inserts {@code phrase} after the {@code after}-th phrase of {@code phrases}, or before the
   * first when {@code after} is 0.
   */
  static String insert(String text, List<Span> phrases, int after, String phrase) {
    if (phrases.isEmpty()) {
      return tidy(phrase + " " + text);
    }
    if (after == 0) {
      int at = phrases.get(0).start();
      return tidy(text.substring(0, at) + phrase + " " + text.substring(at));
    }
    int at = phrases.get(after - 1).end();
    return tidy(text.substring(0, at) + " " + phrase + text.substring(at));
  }

  /** Removes the blanks and punctuation an edit leaves dangling, keeping line breaks. */
  static String tidy(String text) {
    return text.replaceAll("[ \\t]+", " ")
        .replaceAll(" *\n *", "\n")
        .replaceAll("[,;:]+(\\s*[.!?,;:])", "$1")
        .replaceAll("([.!?]) *[,;:.]+", "$1")
        .replaceAll(" +([,.;:!?])", "$1")
        .replaceAll("(?m)^[,;:.!?\\s]+", "")
        .strip();
  }

  /** A phrase's wording for comparisons: lower case, single spaces, no outer punctuation. */
  static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
  }

  /**
   * Whether {@code text} contains {@code phrase}'s words in a row, ignoring case and punctuation.
   */
  static boolean contains(String text, String phrase) {
    String words = key(phrase);
    return !words.isEmpty() && (" " + key(text) + " ").contains(" " + words + " ");
  }
}
