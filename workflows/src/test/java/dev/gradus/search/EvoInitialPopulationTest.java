package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvoInitialPopulationTest {

  @Test
  void aLoneSeedIsResampledIntoTheMissingMembersWithOneCall() {
    FakeContext ctx =
        new FakeContext(p -> List.of("<INS>v1</INS>", "<INS>v2</INS>", "<INS>v3</INS>", "v4"));
    Candidate seed = FakeContext.scored("c0", "Seed prompt.", 0.1);

    List<Candidate> out =
        new EvoGaStrategy(5).propose(new SearchState(1, List.of(seed), List.of(seed)), ctx);

    assertThat(ctx.prompts)
        .singleElement()
        .satisfies(
            p -> assertThat(p).contains("<INS>Seed prompt.</INS>").contains("semantic meaning"));
    assertThat(out).extracting(Candidate::instruction).containsExactly("v1", "v2", "v3", "v4");
    assertThat(out)
        .allSatisfy(
            c -> {
              assertThat(c.parentIds()).containsExactly("c0");
              assertThat(c.operation()).isEqualTo("resample");
              assertThat(c.note()).contains("initial population").contains("c0");
            });
  }

  @Test
  void missingMembersAreSpreadOverTheMembersBestFirst() {
    FakeContext ctx =
        new FakeContext(p -> List.of("<INS>x " + p.length() + "</INS>", "<INS>y</INS>"));
    List<Candidate> pop =
        List.of(FakeContext.scored("a", "Weak.", 0.2), FakeContext.scored("b", "Strong.", 0.6));

    List<Candidate> out = new EvoDeStrategy(5).propose(new SearchState(2, pop, pop), ctx);

    assertThat(ctx.prompts).hasSize(2);
    assertThat(ctx.prompts.get(0)).contains("<INS>Strong.</INS>");
    assertThat(ctx.prompts.get(1)).contains("<INS>Weak.</INS>");
    assertThat(out).extracting(c -> c.parentIds().get(0)).containsExactly("b", "b", "a");
  }

  @Test
  void whileFillingBothStrategiesKeepTheBestOfAll() {
    List<Candidate> pop = List.of(FakeContext.scored("a", "A.", 0.2));
    List<Candidate> fresh =
        List.of(FakeContext.scored("b", "B.", 0.1), FakeContext.scored("c", "C.", 0.5));
    assertThat(new EvoDeStrategy(3).select(pop, fresh))
        .extracting(Candidate::id)
        .containsExactly("c", "a", "b");
    assertThat(new EvoGaStrategy(2).select(pop, fresh))
        .extracting(Candidate::id)
        .containsExactly("c", "a");
  }
}
