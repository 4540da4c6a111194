package dev.gradus.activities.judge;

import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.spec.ModelSpec;
import dev.gradus.workflow.JudgeTally;
import java.util.List;

/**
 * What a judge metric needs from the evaluation that runs it: calls to the judge models, the seed
 * prompt's answers that a pairwise judge compares with, and somewhere to count its verdicts. The
 * evaluation activity accounts every call for the budget and fails the attempt on a provider fault,
 * as for target calls.
 */
public interface JudgeCalls {

  /**
   * @param sample which verdict of this judge on this conversation (0 for the first), so that an
   *     ensemble of samples of one model gets distinct draws and cache entries
   */
  String ask(ModelSpec judge, List<ChatMessage> messages, int sample);

  /** The seed prompt's answer to {@code example}, for the sample being scored. */
  String baselineAnswer(Example example);

  /** Counts the verdicts on one answer, for the run's agreement figures. */
  void count(JudgeTally tally);
}
