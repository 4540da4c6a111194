package dev.gradus.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of GEPA's reflective prompt mutation (Agrawal et al., 2025, section 3.2): the parent's
 * answers on a train minibatch, with the metric's feedback, go into the paper's reflection
 * meta-prompt, and the optimizer writes a new instruction that addresses them.
 */
final class GepaReflection {

  private static final MetaPrompt REFLECT = MetaPrompt.load("gepa-reflect");
  private static final int NOTE_LENGTH = 160;

  private GepaReflection() {}

  /** The reflection meta-prompt for a parent and the answers it lost points on. */
  static String prompt(Candidate parent, List<ExampleOutcome> shown) {
    return REFLECT.fill(
        Map.of("instruction", parent.instruction(), "examples", ProtegiExpansion.render(shown)));
  }

  /**
   * The child the optimizer proposes, unscored, or nothing when the budget is spent or the reply
   * holds no new instruction.
   */
  static Optional<Candidate> child(
      Candidate parent, List<ExampleOutcome> shown, int generation, SearchContext context) {
    List<String> replies =
        context.askOptimizer(List.of(ChatMessage.user(prompt(parent, shown))), 1);
    return replies.stream()
        .findFirst()
        .flatMap(GepaReplies::instruction)
        .filter(text -> !InstructionKey.of(text).equals(InstructionKey.of(parent.instruction())))
        .map(
            text ->
                new Candidate(
                    context.newCandidateId(),
                    text,
                    parent.demos(),
                    List.of(parent.id()),
                    GepaStrategy.TYPE,
                    note(shown),
                    generation,
                    null,
                    0,
                    null,
                    null,
                    null));
  }

  /** What the child was written from: the first feedback shown, else the first wrong answer. */
  private static String note(List<ExampleOutcome> shown) {
    ExampleOutcome first = shown.get(0);
    String why =
        first.feedback() != null && !first.feedback().isBlank()
            ? first.feedback()
            : "expected " + first.example().target() + ", got " + first.output();
    String text = "reflection on " + shown.size() + " answers; feedback: " + why;
    return ProtegiReplies.excerpt(text, NOTE_LENGTH);
  }
}
