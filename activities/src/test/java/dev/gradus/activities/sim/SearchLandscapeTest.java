package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import dev.gradus.search.ProposalParser;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulation's purpose: a small hill-climb that shows the optimizer its errors climbs higher
 * than one that asks for blind variations, with the same number of calls.
 */
class SearchLandscapeTest {

  private static final int STEPS = 8;
  private static final int PROPOSALS = 4;

  private final SimulatedLlm llm = new SimulatedLlm();

  @ParameterizedTest
  @ValueSource(strings = {"sentiment", "arithmetic", "extraction", "roman", "tickets"})
  void feedbackDrivenSearchBeatsBlindMutation(String name) {
    SimulatedTask task = SimulatedTasks.byName(name).orElseThrow();
    List<Example> train = task.examples().subList(0, 80);
    String withFeedback = climb(task, train, (best, step) -> errorFeedback(best, train, step));
    String blind = climb(task, train, (best, step) -> resampling(best));
    double feedbackScore = Accuracy.of(llm, withFeedback, task.examples());
    double blindScore = Accuracy.of(llm, blind, task.examples());
    assertThat(feedbackScore).isGreaterThanOrEqualTo(0.85).isGreaterThan(blindScore + 0.1);
  }

  private String climb(
      SimulatedTask task, List<Example> train, BiFunction<String, Integer, String> metaPrompt) {
    String best = task.seedPrompt();
    double bestScore = Accuracy.of(llm, best, train);
    for (int step = 0; step < STEPS; step++) {
      String meta = metaPrompt.apply(best, step);
      String parent = best;
      for (int sample = 0; sample < PROPOSALS; sample++) {
        String proposal = ProposalParser.parse(llm.propose(meta, 0.7, sample)).orElse(parent);
        double score = Accuracy.of(llm, proposal, train);
        if (score > bestScore) {
          best = proposal;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Up to four errors of the current best, a different window of the train set each step. */
  private String errorFeedback(String best, List<Example> train, int step) {
    StringBuilder meta =
        new StringBuilder(
            "My current prompt is:\n<INS>" + best + "</INS>\n\nIt gets these wrong:\n\n");
    int shown = 0;
    for (int i = 0; i < train.size() && shown < 4; i++) {
      Example e = train.get((i + step * 10) % train.size());
      String got = llm.answer(Accuracy.prompt(best, e), 0, 0);
      if (!got.equals(e.target())) {
        meta.append("Input: ")
            .append(e.input())
            .append("\nExpected: ")
            .append(e.target())
            .append("\nGot: ")
            .append(got)
            .append("\n\n");
        shown++;
      }
    }
    return meta.append("Write an improved prompt between <INS> and </INS>.").toString();
  }

  private static String resampling(String best) {
    return "Generate a variation of the following instruction while keeping the semantic"
        + " meaning.\n\n"
        + "Input: <INS>"
        + best
        + "</INS>\n\nWrite the new instruction between <INS> and </INS>.\nOutput:";
  }
}
