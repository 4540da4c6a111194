package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApeStrategyTest {

  @Test
  void firstGenerationInducesInstructionsFromDemonstrations() {
    FakeContext ctx = new FakeContext(p -> List.of("<INS>Answer the question.</INS>"));
    Candidate seed = FakeContext.scored("c0", "Seed.", 0.1);

    List<Candidate> out =
        new ApeStrategy(3, 2, 2, 2).propose(new SearchState(1, List.of(seed), List.of(seed)), ctx);

    assertThat(ctx.prompts).hasSize(3);
    assertThat(ctx.prompts.get(0))
        .contains("Input: question 0\nOutput: answer 0")
        .contains("2 inputs");
    assertThat(out)
        .hasSize(3)
        .allSatisfy(
            c -> {
              assertThat(c.operation()).isEqualTo("induce");
              assertThat(c.instruction()).isEqualTo("Answer the question.");
            });
  }

  @Test
  void laterGenerationsResampleEachSurvivor() {
    FakeContext ctx =
        new FakeContext(p -> List.of("<INS>v1</INS>", "<INS>v2</INS>", "<INS>v3</INS>"));
    List<Candidate> pop =
        List.of(
            FakeContext.scored("a", "Alpha.", 0.8),
            FakeContext.scored("b", "Beta.", 0.6),
            FakeContext.scored("c", "Gamma.", 0.1));

    List<Candidate> out = new ApeStrategy(8, 5, 2, 3).propose(new SearchState(2, pop, pop), ctx);

    assertThat(ctx.prompts).hasSize(2);
    assertThat(ctx.prompts.get(0))
        .contains("<INS>Alpha.</INS>")
        .contains("keeping the semantic meaning");
    assertThat(ctx.prompts.get(1)).contains("<INS>Beta.</INS>");
    assertThat(out).hasSize(6);
    assertThat(out.get(0).parentIds()).containsExactly("a");
    assertThat(out.get(5).parentIds()).containsExactly("b");
    assertThat(out).allSatisfy(c -> assertThat(c.operation()).isEqualTo("resample"));
  }

  @Test
  void selectionKeepsTheTopKOfOldAndNew() {
    List<Candidate> pop =
        List.of(FakeContext.scored("a", "A.", 0.5), FakeContext.scored("b", "B.", 0.4));
    List<Candidate> fresh =
        List.of(FakeContext.scored("c", "C.", 0.9), FakeContext.scored("d", "D.", 0.45));
    assertThat(new ApeStrategy(8, 5, 3, 2).select(pop, fresh))
        .extracting(Candidate::id)
        .containsExactly("c", "a", "d");
  }
}
