package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.StrategySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtegiStrategyTest {

  private static final String CRITIQUE = "The prompt never says to keep the sign of the result.";

  /** An optimizer that critiques, edits and paraphrases as ProTeGi's prompts ask. */
  private static List<String> optimizer(String prompt) {
    if (prompt.contains("reasons why")) {
      return List.of("Here is my analysis.\n<START>" + CRITIQUE + "<END>\nGood luck!");
    }
    if (prompt.contains("Critique:")) {
      return List.of("Sure! <INS>Solve it. Keep the sign.</INS> This should fix it.");
    }
    String source = prompt.substring(prompt.indexOf("<INS>") + 5, prompt.indexOf("</INS>"));
    return List.of("<INS>Variation of: " + source + "</INS>", "<INS>Another: " + source + "</INS>");
  }

  private static ProtegiStrategy strategy(Map<String, Object> params) {
    return ProtegiStrategy.fromSpec(new StrategySpec("protegi", params));
  }

  private static SearchState seedOnly() {
    return new SearchState(1, List.of(FakeContext.scored("c0", "Solve it.", 0.2)), List.of());
  }

  @Test
  void gradientPromptShowsAGroupOfTheMinibatchErrorsAndEditPromptShowsTheCritique() {
    FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
    strategy(Map.of("minibatch", 16, "gradients", 2)).propose(seedOnly(), ctx);

    assertThat(ctx.trials.get(0)).containsExactly("Solve it.");
    String gradient = ctx.prompts.get(0);
    assertThat(gradient)
        .contains("My current prompt is:\n<INS>Solve it.</INS>")
        .contains("Give 1 reasons why")
        .contains("## Example 4\nInput: question ")
        .doesNotContain("## Example 5");
    assertThat(gradient)
        .containsPattern(
            "Input: question (\\d+)\nExpected: answer \\1\nGot: wrong \\1\nFeedback: expected answer \\1");
    String edit = ctx.prompts.get(1);
    String errors = gradient.substring(gradient.indexOf("## Example 1"), gradient.indexOf("Give "));
    assertThat(edit).contains(errors.strip()).contains("Critique: " + CRITIQUE);
    // two groups, each one critique and one edit, then paraphrases of both edits and the seed
    assertThat(ctx.prompts).hasSize(2 + 2 + 3);
  }

  @Test
  void successorsAreLinkedToTheirParentAndTheCritiqueBehindThem() {
    FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
    List<Candidate> out =
        strategy(Map.of("minibatch", 8, "gradients", 1, "beam", 8)).propose(seedOnly(), ctx);

    assertThat(out)
        .extracting(Candidate::instruction)
        .containsExactlyInAnyOrder(
            "Solve it. Keep the sign.",
            "Variation of: Solve it. Keep the sign.",
            "Another: Solve it. Keep the sign.",
            "Variation of: Solve it.",
            "Another: Solve it.");
    assertThat(out)
        .allSatisfy(
            c -> {
              assertThat(c.operation()).isEqualTo("protegi");
              assertThat(c.parentIds()).containsExactly("c0");
              assertThat(c.generation()).isEqualTo(1);
              assertThat(c.scored()).isFalse();
            });
    Candidate edited =
        out.stream()
            .filter(c -> c.instruction().equals("Solve it. Keep the sign."))
            .findFirst()
            .orElseThrow();
    assertThat(edited.note()).isEqualTo("critique: " + CRITIQUE);
    assertThat(out.stream().filter(c -> c.instruction().equals("Variation of: Solve it.")))
        .extracting(Candidate::note)
        .containsExactly("paraphrase of c0");
  }

  @Test
  void theBanditReturnsOnlyTheSuccessorsThatMakeTheBeam() {
    FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
    // The edit and one of its paraphrases are right on every example; everything else on none.
    List<String> good =
        List.of("Solve it. Keep the sign.", "Variation of: Solve it. Keep the sign.");
    ctx.trainScore = (instruction, i) -> good.contains(instruction) ? 1.0 : 0.0;
    List<Candidate> out =
        strategy(Map.of("minibatch", 8, "gradients", 1, "beam", 2, "samples", 5))
            .propose(seedOnly(), ctx);

    assertThat(out).extracting(Candidate::instruction).containsExactlyInAnyOrderElementsOf(good);
    // the minibatch trial, then the bandit's rounds over seed and successors
    assertThat(ctx.trials.size()).isGreaterThan(1);
    assertThat(ctx.trials.get(1)).hasSize(6);
  }

  @Test
  void successiveRejectsCanSelectTheBeamInstead() {
    FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
    ctx.trainScore = (instruction, i) -> instruction.startsWith("Another") ? 1.0 : 0.0;
    List<Candidate> out =
        strategy(Map.of("minibatch", 8, "gradients", 1, "beam", 2, "successiveRejects", 1))
            .propose(seedOnly(), ctx);

    assertThat(out)
        .extracting(Candidate::instruction)
        .containsExactlyInAnyOrder("Another: Solve it.", "Another: Solve it. Keep the sign.");
    // 6 arms, 4 rejected one per phase: each phase tries one arm fewer
    assertThat(ctx.trials.subList(1, ctx.trials.size()))
        .extracting(List::size)
        .containsExactly(6, 5, 4, 3);
  }

  @Test
  void aPromptWithoutErrorsGetsNoCritiqueOnlyParaphrases() {
    FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
    ctx.trainScore = (instruction, i) -> 1.0;
    List<Candidate> out = strategy(Map.of("minibatch", 8)).propose(seedOnly(), ctx);

    assertThat(ctx.prompts).hasSize(1).allSatisfy(p -> assertThat(p).contains("variation"));
    assertThat(out).extracting(Candidate::note).containsOnly("paraphrase of c0");
  }

  @Test
  void neverAsksForMoreCallsThanTheBudgetGrants() {
    for (long limit : new long[] {5, 40, 70, 130, 400}) {
      FakeContext ctx = new FakeContext(ProtegiStrategyTest::optimizer);
      ctx.callLimit = limit;
      strategy(Map.of()).propose(seedOnly(), ctx);
      assertThat(ctx.calls).as("limit " + limit).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void selectKeepsTheBestOfTheBeamAndItsSuccessorsUpToTheBeamSize() {
    List<Candidate> beam =
        List.of(FakeContext.scored("a", "A.", 0.5), FakeContext.scored("b", "B.", 0.2));
    List<Candidate> fresh =
        List.of(FakeContext.scored("c", "C.", 0.7), FakeContext.scored("d", "D.", 0.1));
    assertThat(strategy(Map.of("beam", 2)).select(beam, fresh))
        .extracting(Candidate::id)
        .containsExactly("c", "a");
  }

  @Test
  void defaultsAreThePapers() {
    ProtegiSettings s = ProtegiSettings.from(new StrategySpec("protegi", Map.of()));
    assertThat(s).isEqualTo(new ProtegiSettings(4, 64, 4, 4, 1, 1, 2, 8, 0, 8, 8, 32, 1.0));
    assertThat(s.selection()).isInstanceOf(UcbSelection.class);
  }
}
