package dev.gradus.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A prompt under consideration: an instruction, optional few-shot demonstrations (indices into the
 * train split), where it came from, and its validation score once it has one.
 *
 * @param operation what made it: seed, induce, resample, opro, ...
 * @param note the part of the meta-prompt or critique behind it, kept short, for the lineage
 * @param score mean validation score in [0, 1], or null while unscored
 * @param evaluated how many validation examples the score averages over
 * @param interval the score's 95% confidence interval over those examples, or null while unscored
 * @param unit what Promptbreeder's unit of evolution carries besides the prompt; null for the
 *     candidates of every other strategy
 * @param results its score on each validation example, as {@link ExampleMarks}; null while
 *     unscored, and in runs recorded before per-example results were kept
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(
    String id,
    String instruction,
    List<Integer> demos,
    List<String> parentIds,
    String operation,
    String note,
    int generation,
    Double score,
    int evaluated,
    ScoreInterval interval,
    EvolutionUnit unit,
    String results) {

  public Candidate {
    demos = demos == null ? List.of() : List.copyOf(demos);
    parentIds = parentIds == null ? List.of() : List.copyOf(parentIds);
  }

  /** A new, unscored candidate. */
  public static Candidate proposed(
      String id,
      String instruction,
      List<String> parentIds,
      String operation,
      String note,
      int generation) {
    return new Candidate(
        id,
        instruction,
        List.of(),
        parentIds,
        operation,
        note,
        generation,
        null,
        0,
        null,
        null,
        null);
  }

  /**
   * @param results per-example results as {@link ExampleMarks}, or null where they are not kept
   */
  public Candidate withScore(double mean, int examples, ScoreInterval interval, String results) {
    return new Candidate(
        id,
        instruction,
        demos,
        parentIds,
        operation,
        note,
        generation,
        mean,
        examples,
        interval,
        unit,
        results);
  }

  /** This candidate as a member of a Promptbreeder unit. */
  public Candidate withUnit(EvolutionUnit unit) {
    return new Candidate(
        id,
        instruction,
        demos,
        parentIds,
        operation,
        note,
        generation,
        score,
        evaluated,
        interval,
        unit,
        results);
  }

  public boolean scored() {
    return score != null;
  }

  /** The score, or minus infinity while unscored, so unscored candidates sort last. */
  public double scoreOrWorst() {
    return score == null ? Double.NEGATIVE_INFINITY : score;
  }
}
