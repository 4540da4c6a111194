package dev.gradus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction half of MIPRO's search: one optimizer request per generation that shows a few
 * train examples and the instructions tried so far with their best scores, and asks for new ones.
 * The new instructions are then paired with demonstration sets like the known ones.
 */
final class FewshotInstructions {

  static final int EXAMPLES = 3;
  static final int SHOWN = 8;
  private static final MetaPrompt META = MetaPrompt.load("fewshot-instruction");

  private FewshotInstructions() {}

  /** New instruction wordings, none a repeat of a known one; fewer when the budget is short. */
  static List<String> propose(List<Candidate> known, int samples, SearchContext context) {
    List<Candidate> best = bestPerInstruction(known);
    String prompt =
        META.fill(
            Map.of(
                "examples", Exemplars.render(context.sampleTrainExamples(EXAMPLES)),
                "instructions",
                    OproStrategy.renderTrajectory(best.subList(0, Math.min(SHOWN, best.size())))));
    List<String> replies = context.askOptimizer(List.of(ChatMessage.user(prompt)), samples);
    List<String> keys = new ArrayList<>(known.stream().map(c -> key(c.instruction())).toList());
    List<String> out = new ArrayList<>();
    for (String reply : replies) {
      ProposalParser.parse(reply)
          .filter(i -> !keys.contains(key(i)))
          .ifPresent(
              i -> {
                keys.add(key(i));
                out.add(i);
              });
    }
    return out;
  }

  /** Each instruction once, with the best score any candidate using it got, best first. */
  static List<Candidate> bestPerInstruction(List<Candidate> known) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    known.stream()
        .filter(Candidate::scored)
        .sorted(Comparator.comparingDouble(Candidate::scoreOrWorst).reversed())
        .forEach(c -> best.putIfAbsent(key(c.instruction()), c));
    return List.copyOf(best.values());
  }

  private static String key(String instruction) {
    return InstructionKey.of(instruction);
  }
}
