package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvoGaStrategyTest {

  private static final List<Candidate> FULL =
      List.of(
          FakeContext.scored("a", "Alpha prompt.", 0.8),
          FakeContext.scored("b", "Beta prompt.", 0.6),
          FakeContext.scored("c", "Gamma prompt.", 0.4),
          FakeContext.scored("z", "Zero prompt.", 0.0));

  @Test
  void eachChildIsOneCallThatShowsTwoDistinctRouletteParents() {
    FakeContext ctx =
        new FakeContext(
            p ->
                List.of(
                    "1. Crossover Prompt: <INS>mixed up</INS>\n2. <INS>Child "
                        + p.hashCode()
                        + ".</INS>"));

    List<Candidate> out = new EvoGaStrategy(4).propose(new SearchState(7, FULL, FULL), ctx);

    assertThat(ctx.prompts).hasSize(4);
    assertThat(out).hasSize(4);
    for (int i = 0; i < out.size(); i++) {
      Candidate child = out.get(i);
      String prompt = ctx.prompts.get(i);
      assertThat(child.parentIds()).hasSize(2).doesNotHaveDuplicates().doesNotContain("z");
      for (String parent : child.parentIds()) {
        String text =
            FULL.stream()
                .filter(c -> c.id().equals(parent))
                .findFirst()
                .orElseThrow()
                .instruction();
        assertThat(prompt).contains("<INS>" + text + "</INS>");
      }
      assertThat(prompt).contains("Cross over the following prompts").contains("Mutate the prompt");
      assertThat(prompt).doesNotContain("Zero prompt.");
      assertThat(child.instruction()).startsWith("Child ");
      assertThat(child.operation()).isEqualTo("evo-ga");
      assertThat(child.generation()).isEqualTo(7);
      assertThat(child.note())
          .contains(child.parentIds().get(0))
          .contains(child.parentIds().get(1));
    }
  }

  @Test
  void repliesWithoutAPromptAreDropped() {
    FakeContext ctx = new FakeContext(p -> List.of(""));
    assertThat(new EvoGaStrategy(4).propose(new SearchState(2, FULL, FULL), ctx)).isEmpty();
    assertThat(ctx.prompts).hasSize(4);
  }

  @Test
  void selectionKeepsTheBestNOfParentsAndChildren() {
    List<Candidate> children =
        List.of(
            FakeContext.scored("d", "D.", 0.7),
            FakeContext.scored("e", "E.", 0.1),
            FakeContext.scored("f", "F.", 0.9));
    assertThat(new EvoGaStrategy(4).select(FULL, children))
        .extracting(Candidate::id)
        .containsExactly("f", "a", "d", "b");
  }
}
