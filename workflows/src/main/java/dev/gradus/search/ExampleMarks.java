package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A candidate's per-example results, one character per example of a split in index order, so that a
 * user can see which examples a prompt got right, and which ones the winner fixed or broke compared
 * with its parent or the seed. One character an example keeps thousands of examples within a few
 * kilobytes of workflow state, where a list of numbers would take ten times that.
 *
 * <p>{@code +} fully correct, {@code 0} to {@code 9} a partial score in tenths (rounded down), and
 * {@code .} an example the candidate was not scored on (racing dropped it first).
 */
public final class ExampleMarks {

  public static final char CORRECT = '+';
  public static final char UNSCORED = '.';

  private ExampleMarks() {}

  /** The marks of {@code scores} (by example index) over a split of {@code size} examples. */
  public static String of(SortedMap<Integer, Double> scores, int size) {
    char[] marks = new char[size];
    java.util.Arrays.fill(marks, UNSCORED);
    for (Map.Entry<Integer, Double> e : scores.entrySet()) {
      if (e.getKey() >= 0 && e.getKey() < size) {
        marks[e.getKey()] = mark(e.getValue());
      }
    }
    return new String(marks);
  }

  static char mark(double score) {
    if (score >= 1.0) {
      return CORRECT;
    }
    return (char) ('0' + Math.max(0, Math.min(9, (int) Math.floor(score * 10))));
  }

  /** The lower end of the score a mark stands for, or null for an unscored example. */
  static Double lowerBound(char mark) {
    if (mark == CORRECT) {
      return 1.0;
    }
    if (mark >= '0' && mark <= '9') {
      return (mark - '0') / 10.0;
    }
    return null;
  }

  /**
   * Where two candidates scored on the same examples differ.
   *
   * @param better indices where {@code a} scored higher than {@code b}
   * @param worse indices where {@code a} scored lower
   */
  public record Difference(List<Integer> better, List<Integer> worse) {}

  /** The examples both were scored on where {@code a} did better or worse than {@code b}. */
  public static Difference compare(String a, String b) {
    List<Integer> better = new ArrayList<>();
    List<Integer> worse = new ArrayList<>();
    if (a != null && b != null) {
      for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
        Double x = lowerBound(a.charAt(i));
        Double y = lowerBound(b.charAt(i));
        if (x != null && y != null && !x.equals(y)) {
          (x > y ? better : worse).add(i);
        }
      }
    }
    return new Difference(List.copyOf(better), List.copyOf(worse));
  }
}
