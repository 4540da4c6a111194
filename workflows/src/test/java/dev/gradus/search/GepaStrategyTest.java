package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.StrategySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GepaStrategyTest {

  private static final String CHILD = "Solve it. Keep the sign.";

  /** An optimizer that answers the reflection prompt chattily, with one new instruction. */
  private static List<String> optimizer(String prompt) {
    return List.of("Looking at the feedback, the sign is lost.\n<INS>" + CHILD + "</INS>\nDone!");
  }

  private static GepaStrategy strategy(Map<String, Object> params) {
    return GepaStrategy.fromSpec(new StrategySpec("gepa", params));
  }

  private static SearchState pool(Candidate... candidates) {
    return new SearchState(2, List.of(candidates), List.of());
  }

  private static SearchState seedOnly() {
    return pool(FakeContext.scored("c0", "Solve it.", 0.2));
  }

  @Test
  void reflectionPromptShowsTheInstructionAndEachAnswerWithItsFeedback() {
    FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
    strategy(Map.of("proposals", 1)).propose(seedOnly(), ctx);

    assertThat(ctx.trials.get(0)).containsExactly("Solve it.");
    String reflection = ctx.prompts.get(0);
    assertThat(reflection)
        .contains("following instructions to perform a task for me:\n\n<INS>Solve it.</INS>\n")
        .contains("## Example 3\nInput: question ")
        .doesNotContain("## Example 4")
        .contains("Your task is to write a new instruction for the assistant.");
    assertThat(reflection)
        .containsPattern(
            "Input: question (\\d+)\nExpected: answer \\1\nGot: wrong \\1\nFeedback: expected answer \\1");
  }

  @Test
  void aChildThatBeatsItsParentOnTheMinibatchIsProposedWithItsLineage() {
    FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
    ctx.trainScore = (instruction, i) -> instruction.equals(CHILD) ? 1.0 : 0.0;
    List<Candidate> out = strategy(Map.of("proposals", 1)).propose(seedOnly(), ctx);

    // the reflection trial, then parent and child together on one minibatch
    assertThat(ctx.trials).containsExactly(List.of("Solve it."), List.of("Solve it.", CHILD));
    assertThat(out).hasSize(1);
    Candidate child = out.get(0);
    assertThat(child.instruction()).isEqualTo(CHILD);
    assertThat(child.operation()).isEqualTo("gepa");
    assertThat(child.parentIds()).containsExactly("c0");
    assertThat(child.generation()).isEqualTo(2);
    assertThat(child.scored()).isFalse();
    assertThat(child.note()).startsWith("reflection on 3 answers; feedback: expected answer ");
  }

  @Test
  void aChildNoBetterThanItsParentOnTheMinibatchIsDiscarded() {
    for (double childScore : new double[] {0.0, 0.5}) {
      FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
      // the parent scores 0.5 everywhere; the child ties it, or does worse
      ctx.trainScore = (instruction, i) -> instruction.equals(CHILD) ? childScore : 0.5;
      List<Candidate> out = strategy(Map.of("proposals", 3)).propose(seedOnly(), ctx);

      assertThat(out).as("child scoring " + childScore).isEmpty();
    }
  }

  @Test
  void parentsComeOnlyFromTheParetoFrontOfThePool() {
    FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
    // b is best on every example, so a and c, though better on validation, are dominated
    ctx.trainScore =
        (instruction, i) ->
            switch (instruction) {
              case "B." -> 0.5;
              case CHILD -> 1.0;
              default -> 0.0;
            };
    SearchState state =
        pool(
            FakeContext.scored("a", "A.", 0.6),
            FakeContext.scored("b", "B.", 0.3),
            FakeContext.scored("c", "C.", 0.5));
    List<Candidate> out = strategy(Map.of("proposals", 4, "pareto", 10)).propose(state, ctx);

    // the whole pool on one shared sample, best validation first, then parent trials only of b
    assertThat(ctx.trials.get(0)).containsExactly("A.", "C.", "B.");
    assertThat(ctx.prompts).isNotEmpty().allSatisfy(p -> assertThat(p).contains("<INS>B.</INS>"));
    // the same wording is proposed once per generation
    assertThat(out).extracting(Candidate::parentIds).containsExactly(List.of("b"));
  }

  @Test
  void aParentPerfectOnItsMinibatchGetsNoReflection() {
    FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
    ctx.trainScore = (instruction, i) -> 1.0;
    assertThat(strategy(Map.of()).propose(seedOnly(), ctx)).isEmpty();
    assertThat(ctx.prompts).isEmpty();
  }

  @Test
  void neverAsksForMoreCallsThanTheBudgetGrants() {
    for (long limit : new long[] {0, 2, 3, 4, 7, 10, 11, 30, 100}) {
      FakeContext ctx = new FakeContext(GepaStrategyTest::optimizer);
      ctx.trainScore = (instruction, i) -> instruction.equals(CHILD) ? 1.0 : i % 2 * 0.5;
      ctx.callLimit = limit;
      strategy(Map.of("proposals", 8))
          .propose(
              pool(FakeContext.scored("a", "A.", 0.6), FakeContext.scored("b", "B.", 0.3)), ctx);
      assertThat(ctx.calls).as("limit " + limit).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void selectKeepsTheBestOfThePoolAndTheAcceptedChildrenUpToThePoolSize() {
    List<Candidate> pool =
        List.of(FakeContext.scored("a", "A.", 0.5), FakeContext.scored("b", "B.", 0.2));
    List<Candidate> fresh =
        List.of(FakeContext.scored("c", "C.", 0.7), FakeContext.scored("d", "D.", 0.1));
    assertThat(strategy(Map.of("pool", 3)).select(pool, fresh))
        .extracting(Candidate::id)
        .containsExactly("c", "a", "b");
  }

  @Test
  void defaultsAreThePapersWhereItHasOne() {
    assertThat(GepaSettings.from(new StrategySpec("gepa", Map.of())))
        .isEqualTo(new GepaSettings(3, 4, 8, 8));
  }
}
