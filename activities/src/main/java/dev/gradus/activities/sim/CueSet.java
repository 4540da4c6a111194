package dev.gradus.activities.sim;

import java.util.Arrays;
import java.util.List;

/**
 * Word-stem phrases that show a text means something, such as "order of operations" or "precedence"
 * for "multiply before adding". A text matches when the stems of one phrase occur in it
 * consecutively, so "Mind the negations" matches the cue "negation" whatever the inflection.
 */
record CueSet(List<List<String>> phrases) {

  CueSet {
    phrases = phrases.stream().map(List::copyOf).toList();
  }

  static CueSet of(String... phrases) {
    return new CueSet(Arrays.stream(phrases).map(WordStems::of).toList());
  }

  boolean matches(List<String> textStems) {
    return firstMatch(textStems) >= 0;
  }

  /** Where the first matching phrase starts in {@code textStems}, or -1 when none matches. */
  int firstMatch(List<String> textStems) {
    int best = -1;
    for (List<String> phrase : phrases) {
      int at = indexOf(textStems, phrase);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static int indexOf(List<String> text, List<String> phrase) {
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      if (text.subList(start, start + phrase.size()).equals(phrase)) {
        return start;
      }
    }
    return -1;
  }
}
