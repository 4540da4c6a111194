package dev.gradus.activities.judge;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a judge's reply. Judges are asked to end with {@code Score: N} or {@code Winner: A|B|tie},
 * but real models decorate ({@code **Score:** 4/5}), answer in JSON ({@code {"score": 4}}), reply
 * with the bare grade, restate the scale before grading, or refuse. The last labelled grade wins,
 * since reasoning often quotes the scale first; a reply with no grade, a grade off the scale or on
 * another scale is unusable rather than guessed at.
 */
public final class VerdictParser {

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

  /** {@code Score: 4}, {@code **Grade**: 4/5}, {@code "score": 4}, {@code rating = 4 out of 5}. */
  private static final Pattern LABELLED_GRADE =
      Pattern.compile(
          "(?i)\\b(?:score|grade|rating)[\\s*\"'_]*[:=][\\s*\"']*"
              + NUMBER
              + "(?:\\s*(?:/|out\\s+of)\\s*(\\d+))?");

  /** A reply that is only a grade: {@code 4}, {@code 4/5}, {@code 4.}. */
  private static final Pattern BARE_GRADE =
      Pattern.compile("[\\s*\"']*" + NUMBER + "(?:\\s*/\\s*(\\d+))?[\\s*\"'.]*");

  /**
   * {@code Winner: A}, {@code **Winner:** Answer B}, {@code "winner": "tie"}, {@code Better: A}.
   */
  private static final Pattern LABELLED_WINNER =
      Pattern.compile(
          "(?i)\\b(?:winner|better(?:\\s+answer)?|verdict|preferred)[\\s*\"'_]*[:=][\\s*\"'\\[(]*"
              + "(?:answer\\s+)?(a|b|tie|draw|equal|both|neither)\\b");

  private static final Pattern BARE_WINNER =
      Pattern.compile("(?i)[\\s*\"'\\[(]*(?:answer\\s+)?(a|b|tie)[\\s*\"'\\]).]*");

  private VerdictParser() {}

  /** A grade from 1 to {@code scale}, mapped to [0, 1]. */
  public static Verdict grade(String reply, int scale) {
    if (reply == null || reply.isBlank()) {
      return Verdict.unusable("the judge's reply was empty");
    }
    MatchResult m = verdict(LABELLED_GRADE, BARE_GRADE, reply);
    if (m == null) {
      return Verdict.unusable("no \"Score: N\" in the judge's reply: " + Verdict.shorten(reply));
    }
    double grade = Double.parseDouble(m.group(1));
    if (m.group(2) != null && Integer.parseInt(m.group(2)) != scale) {
      return Verdict.unusable(
          "the judge graded out of %s, not out of %d".formatted(m.group(2), scale));
    }
    if (grade < 1 || grade > scale) {
      return Verdict.unusable(
          "the judge's grade %s is off the scale 1 to %d".formatted(m.group(1), scale));
    }
    return Verdict.of((grade - 1) / (scale - 1), reasoning(reply, m));
  }

  /**
   * Which answer won, from the candidate's point of view.
   *
   * @param candidateIsA whether the candidate's answer was shown as answer A
   */
  public static Verdict winner(String reply, boolean candidateIsA) {
    if (reply == null || reply.isBlank()) {
      return Verdict.unusable("the judge's reply was empty");
    }
    MatchResult m = verdict(LABELLED_WINNER, BARE_WINNER, reply);
    if (m == null) {
      return Verdict.unusable(
          "no \"Winner: A, B or tie\" in the judge's reply: " + Verdict.shorten(reply));
    }
    String said = m.group(1).toLowerCase(Locale.ROOT);
    double score =
        switch (said) {
          case "a" -> candidateIsA ? 1.0 : 0.0;
          case "b" -> candidateIsA ? 0.0 : 1.0;
          default -> 0.5; // tie, draw, equal, both, neither
        };
    return Verdict.of(score, reasoning(reply, m));
  }

  /** The last labelled verdict in the reply, else the whole reply as a bare one, else null. */
  private static MatchResult verdict(Pattern labelled, Pattern bare, String reply) {
    Matcher m = labelled.matcher(reply);
    MatchResult last = null;
    while (m.find()) {
      last = m.toMatchResult();
    }
    if (last != null) {
      return last;
    }
    Matcher whole = bare.matcher(reply);
    return whole.matches() ? whole.toMatchResult() : null;
  }

  /** The reply without its verdict: the judge's reasons, or the reply itself if it had none. */
  private static String reasoning(String reply, MatchResult verdict) {
    String before = reply.substring(0, verdict.start()).strip();
    return before.isEmpty() ? reply : before;
  }
}
