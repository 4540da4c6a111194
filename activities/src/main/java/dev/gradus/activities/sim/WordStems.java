package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately tiny stemmer, so that the simulation judges an instruction by its meaning rather
 * than its exact wording: "negation", "negated" and "negating" all become {@code neg}, "calculate"
 * and "calculation" both become {@code calcul}. It strips an inflection, then one derivational
 * suffix, as Porter's algorithm does in spirit, and leaves at least three letters.
 */
final class WordStems {

  private static final List<String> DERIVATIONAL =
      List.of("ational", "ation", "ition", "ion", "ment", "ness", "ity", "ate", "ive", "ly", "al");

  private WordStems() {}

  /** The stems of every word of {@code text}, in order; words are runs of letters and digits. */
  static List<String> of(String text) {
    List<String> stems = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        stems.add(stem(word));
      }
    }
    return stems;
  }

  static String stem(String word) {
    String w = withoutInflection(word);
    for (String suffix : DERIVATIONAL) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String withoutInflection(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    String stripped;
    if (w.endsWith("ing") && w.length() > 5) {
      stripped = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && w.length() > 4) {
      stripped = w.substring(0, w.length() - 2);
    } else {
      return w;
    }
    // Porter's repair: "negat(ed)" becomes "negate" again, so that it meets "negation" later on.
    return stripped.endsWith("at") || stripped.endsWith("iz") ? stripped + "e" : stripped;
  }
}
