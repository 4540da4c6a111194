package dev.gradus.activities.judge;

/**
 * One judge's reply, read: a score in [0, 1] from the candidate's point of view, or none when the
 * reply could not be used.
 *
 * @param score the grade mapped to [0, 1] ({@code (grade - 1) / (scale - 1)}), or for a pairwise
 *     verdict 1 when the candidate's answer won, 0.5 for a tie and 0 when it lost; null when
 *     unusable
 * @param note the judge's reasoning for a usable verdict, or why the reply was unusable; shortened
 */
public record Verdict(Double score, String note) {

  /** Longest note kept: enough for a critique to learn from, small enough for a payload. */
  static final int MAX_NOTE_CHARS = 240;

  public Verdict {
    note = shorten(note);
  }

  static Verdict of(double score, String reasoning) {
    return new Verdict(score, reasoning);
  }

  static Verdict unusable(String why) {
    return new Verdict(null, why);
  }

  public boolean usable() {
    return score != null;
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= MAX_NOTE_CHARS ? flat : flat.substring(0, MAX_NOTE_CHARS) + "...";
  }
}
