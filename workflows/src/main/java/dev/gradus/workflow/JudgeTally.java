package dev.gradus.workflow;

/**
 * What LLM judges said over some answers, summed like {@link Usage}: how many verdicts could be
 * used and how often judges agreed. Agreement is the share of pairs of verdicts on the same answer
 * that gave the same grade (or, pairwise, the same winner once positions are swapped back); a low
 * figure says the rubric is ambiguous or the judges unreliable, whatever the scores say.
 *
 * @param verdicts verdicts that gave a grade on the scale
 * @param unusable verdicts that could not be used: no grade found, a grade off the scale, a refusal
 * @param pairs pairs of usable verdicts on the same answer
 * @param agreeing those of the pairs that agreed
 */
public record JudgeTally(long verdicts, long unusable, long pairs, long agreeing) {

  public static final JudgeTally NONE = new JudgeTally(0, 0, 0, 0);

  public JudgeTally plus(JudgeTally o) {
    if (o == null) {
      return this;
    }
    return new JudgeTally(
        verdicts + o.verdicts, unusable + o.unusable, pairs + o.pairs, agreeing + o.agreeing);
  }

  /** The share of agreeing pairs, or NaN when no answer had two usable verdicts. */
  public double agreement() {
    return pairs == 0 ? Double.NaN : (double) agreeing / pairs;
  }
}
