package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.lowerFirst;
import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Generates the sentiment task's reviews from word lists, always the same ones. */
final class SentimentReviews {

  static final int COUNT = 240;
  private static final long SEED = 0x5e171L;

  private static final List<String> SUBJECTS =
      List.of(
          "The movie",
          "The hotel",
          "This phone",
          "The pasta",
          "The service",
          "This novel",
          "The concert",
          "The laptop",
          "The staff",
          "This app",
          "The sequel",
          "This jacket",
          "The museum tour",
          "The coffee");
  static final List<String> GOOD =
      List.of(
          "great",
          "wonderful",
          "excellent",
          "delightful",
          "fantastic",
          "superb",
          "charming",
          "reliable",
          "lovely",
          "brilliant");
  static final List<String> BAD =
      List.of(
          "terrible",
          "awful",
          "boring",
          "disappointing",
          "dreadful",
          "sloppy",
          "bland",
          "useless",
          "mediocre",
          "clumsy");
  private static final List<String> FAILURES =
      List.of(
          "ruined my whole weekend",
          "wasted three hours of my life",
          "let me down again",
          "was a total waste of money",
          "made me ask for a refund",
          "put me to sleep halfway through");

  private SentimentReviews() {}

  static List<SimulatedCase> generate(String taskName) {
    SplittableRandom random = new SplittableRandom(SEED);
    GeneratedCases out = new GeneratedCases(taskName);
    while (out.size() < COUNT) {
      double kind = random.nextDouble();
      boolean positive = random.nextBoolean();
      String subject = pick(random, SUBJECTS);
      if (kind < 0.4) {
        String template =
            pick(
                random,
                List.of(
                    "%s was %s.",
                    "Honestly, %s was %s.",
                    "%s felt %s from start to finish.",
                    "%s is %s, and %s."));
        String tail = positive ? "I would recommend it" : "I would skip it";
        String start = template.startsWith("%") ? subject : lowerFirst(subject);
        String input = template.formatted(start, adjective(random, positive), tail);
        out.add(input, label(positive), Set.of("core", "format"), Map.of());
      } else if (kind < 0.6) {
        // The adjective's own polarity is what a reader who skips the "not" reports.
        String template =
            pick(
                random,
                List.of(
                    "%s was not %s.",
                    "%s was never %s.", "I would not call %s %s.", "%s was not %s at all."));
        String start = template.startsWith("%") ? subject : lowerFirst(subject);
        String input = template.formatted(start, adjective(random, !positive));
        out.add(
            input,
            label(positive),
            Set.of("core", "negation", "format"),
            Map.of("negation", label(!positive)));
      } else if (kind < 0.8) {
        String template =
            pick(
                random,
                List.of(
                    "%s looked %s at first, but it turned out %s.",
                    "%s seemed %s, but overall it was %s.",
                    "%s started %s, but in the end it was %s."));
        String input =
            template.formatted(subject, adjective(random, !positive), adjective(random, positive));
        out.add(
            input,
            label(positive),
            Set.of("core", "contrast", "format"),
            Map.of("contrast", label(!positive)));
      } else {
        String template =
            pick(
                random,
                List.of(
                    "Oh great, %s %s.",
                    "Wonderful, %s %s. Just what I needed.",
                    "Fantastic, %s %s. Truly impressive.",
                    "Brilliant, %s %s. Ten out of ten."));
        String input = template.formatted(lowerFirst(subject), pick(random, FAILURES));
        out.add(
            input, "negative", Set.of("core", "sarcasm", "format"), Map.of("sarcasm", "positive"));
      }
    }
    return out.list();
  }

  private static String adjective(SplittableRandom random, boolean positive) {
    return pick(random, positive ? GOOD : BAD);
  }

  private static String label(boolean positive) {
    return positive ? "positive" : "negative";
  }
}
