package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OproStrategyTest {

  @Test
  void metaPromptShowsTheTrajectoryAscendingWithScoresOutOf100AndExemplars() {
    FakeContext ctx = new FakeContext(p -> List.of("<INS>new</INS>"));
    List<Candidate> board =
        List.of(
            FakeContext.scored("a", "Best one.", 0.9),
            FakeContext.scored("b", "Worst one.", 0.1),
            FakeContext.scored("c", "Middle one.", 0.5));
    new OproStrategy(1, 20, 2).propose(new SearchState(3, List.of(), board), ctx);

    String prompt = ctx.prompts.get(0);
    assertThat(prompt.indexOf("Worst one.")).isLessThan(prompt.indexOf("Middle one."));
    assertThat(prompt.indexOf("Middle one.")).isLessThan(prompt.indexOf("Best one."));
    assertThat(prompt)
        .contains("<INS>Best one.</INS>\nscore:\n90")
        .contains("Input: question 1\nOutput: answer 1");
  }

  @Test
  void trajectoryKeepsOnlyTheBestInstructions() {
    FakeContext ctx = new FakeContext(p -> List.of("<INS>x</INS>"));
    List<Candidate> board =
        List.of(
            FakeContext.scored("a", "A.", 0.9),
            FakeContext.scored("b", "B.", 0.1),
            FakeContext.scored("c", "C.", 0.5));
    new OproStrategy(1, 2, 0).propose(new SearchState(2, List.of(), board), ctx);
    assertThat(ctx.prompts.get(0))
        .contains("<INS>A.</INS>")
        .contains("<INS>C.</INS>")
        .doesNotContain("<INS>B.</INS>");
  }

  @Test
  void proposalsAreParsedDedupedAndLinkedToTheBestParents() {
    FakeContext ctx =
        new FakeContext(
            p ->
                List.of(
                    "Sure! Here is one:\n<INS>Think step by step.</INS>",
                        "<ins>think step by step</ins>",
                    "no tags at all, just this", "<INS>Count carefully.</INS> hope it helps"));
    List<Candidate> board =
        List.of(FakeContext.scored("a", "A.", 0.9), FakeContext.scored("b", "B.", 0.4));

    List<Candidate> out =
        new OproStrategy(4, 20, 0).propose(new SearchState(5, List.of(), board), ctx);

    assertThat(out)
        .extracting(Candidate::instruction)
        .containsExactly("Think step by step.", "no tags at all, just this", "Count carefully.");
    assertThat(out)
        .allSatisfy(
            c -> {
              assertThat(c.parentIds()).containsExactly("a", "b");
              assertThat(c.operation()).isEqualTo("opro");
              assertThat(c.generation()).isEqualTo(5);
              assertThat(c.scored()).isFalse();
            });
  }

  @Test
  void selectKeepsTheBestScoredUpToTheTrajectorySize() {
    List<Candidate> pop = List.of(FakeContext.scored("a", "A.", 0.2));
    List<Candidate> fresh =
        List.of(FakeContext.scored("b", "B.", 0.7), FakeContext.scored("c", "C.", 0.5));
    assertThat(new OproStrategy(8, 2, 3).select(pop, fresh))
        .extracting(Candidate::id)
        .containsExactly("b", "c");
  }
}
