package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.StrategySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FewshotStrategyTest {

  private static FewshotStrategy strategy(Map<String, Object> params) {
    return FewshotStrategy.fromSpec(new StrategySpec("fewshot", params));
  }

  private static SearchState seedOnly() {
    Candidate seed = FakeContext.scored("c0", "Solve it.", 0.2);
    return new SearchState(1, List.of(seed), List.of(seed));
  }

  private static FakeContext answersEveryThird() {
    FakeContext ctx = new FakeContext(prompt -> List.of());
    ctx.trainScore = (instruction, i) -> i % 3 == 0 ? 1.0 : 0.0;
    return ctx;
  }

  @Test
  void bootstrapTriesTheSeedAloneAndKeepsOnlyTheExamplesItAnswersRight() {
    FakeContext ctx = answersEveryThird();
    List<Candidate> out = strategy(Map.of("bootstrap", 30)).propose(seedOnly(), ctx);

    assertThat(ctx.trials).containsExactly(List.of("Solve it."));
    assertThat(ctx.calls).isEqualTo(30);
    assertThat(out).isNotEmpty();
    assertThat(out).flatExtracting(Candidate::demos).allSatisfy(i -> assertThat(i % 3).isZero());
  }

  @Test
  void aLowerThresholdAlsoKeepsPartlyRightExamples() {
    FakeContext ctx = new FakeContext(prompt -> List.of());
    ctx.trainScore = (instruction, i) -> i % 2 == 0 ? 0.5 : 0.0;
    List<Candidate> out =
        strategy(Map.of("bootstrap", 40, "threshold", 0.5)).propose(seedOnly(), ctx);

    assertThat(out).flatExtracting(Candidate::demos).allSatisfy(i -> assertThat(i % 2).isZero());
    assertThat(strategy(Map.of("bootstrap", 40)).propose(seedOnly(), ctx)).isEmpty();
  }

  @Test
  void demoSetsComeFromThePoolHaveTheRightSizeAndAreAllDifferent() {
    FakeContext ctx = answersEveryThird();
    List<Candidate> out = strategy(Map.of()).propose(seedOnly(), ctx);

    assertThat(out).hasSize(8);
    assertThat(ctx.prompts).isEmpty(); // the instruction stays fixed by default
    assertThat(out)
        .allSatisfy(
            c -> {
              assertThat(c.instruction()).isEqualTo("Solve it.");
              assertThat(c.demos()).hasSize(4).doesNotHaveDuplicates().isSorted();
              assertThat(c.demos()).allSatisfy(i -> assertThat(i % 3).isZero());
              assertThat(c.parentIds()).containsExactly("c0");
              assertThat(c.operation()).isEqualTo("fewshot");
              assertThat(c.scored()).isFalse();
            });
    assertThat(out.stream().map(CandidateKey::of).distinct()).hasSize(8);
  }

  @Test
  void aSmallPoolYieldsSmallerSetsAndNoRepeats() {
    FakeContext ctx = new FakeContext(prompt -> List.of());
    ctx.trainScore = (instruction, i) -> i < 2 ? 1.0 : 0.0;
    List<Candidate> out = strategy(Map.of("bootstrap", 100)).propose(seedOnly(), ctx);

    assertThat(out).singleElement().satisfies(c -> assertThat(c.demos()).containsExactly(0, 1));
  }

  @Test
  void tpeFavoursTheDemosOfTheBestCandidatesWhereRandomSearchDoesNot() {
    double tpe = shareOfGoodDemos(1);
    double random = shareOfGoodDemos(0);

    assertThat(tpe).isGreaterThan(0.4);
    assertThat(random).isLessThan(0.3);
  }

  /** Over 10 steps from a fixed state, the share of drawn demos that the two best shared. */
  private static double shareOfGoodDemos(int search) {
    List<Candidate> scored = new ArrayList<>();
    scored.add(withDemos("g1", 0.9, 0, 1, 2, 3));
    scored.add(withDemos("g2", 0.85, 0, 1, 2, 3));
    for (int k = 0; k < 5; k++) {
      int from = 4 + 4 * k;
      scored.add(withDemos("b" + k, 0.3, from, from + 1, from + 2, from + 3));
    }
    SearchState state = new SearchState(3, scored, scored);
    FakeContext ctx = new FakeContext(prompt -> List.of());
    FewshotStrategy strategy = strategy(Map.of("search", search));
    List<Integer> drawn = new ArrayList<>();
    for (int step = 0; step < 10; step++) {
      strategy.propose(state, ctx).forEach(c -> drawn.addAll(c.demos()));
    }
    assertThat(ctx.trials).isEmpty(); // the pool came back from the state's demos
    assertThat(drawn).hasSize(10 * 8 * 4).allSatisfy(i -> assertThat(i).isBetween(0, 23));
    return drawn.stream().filter(i -> i < 4).count() / (double) drawn.size();
  }

  private static Candidate withDemos(String id, double score, Integer... demos) {
    return new Candidate(
        id, "Solve it.", List.of(demos), List.of(), "test", null, 1, score, 10, null, null, null);
  }

  @Test
  void coOptimizingAsksOnceForInstructionsAndPairsThemWithDemoSets() {
    FakeContext ctx =
        new FakeContext(prompt -> List.of("<INS>Solve it. Show only the number.</INS>", " "));
    ctx.trainScore = (instruction, i) -> i % 3 == 0 ? 1.0 : 0.0;
    List<Candidate> out =
        strategy(Map.of("instructions", 1, "proposals", 2)).propose(seedOnly(), ctx);

    assertThat(ctx.prompts)
        .singleElement()
        .asString()
        .contains("<INS>Solve it.</INS>\nscore:\n20")
        .contains("Input: question ")
        .contains("begin with <INS> and end with </INS>");
    assertThat(out).hasSize(8);
    assertThat(out.get(0).instruction()).isEqualTo("Solve it. Show only the number.");
    assertThat(out.get(0).note()).startsWith("new instruction");
    assertThat(out.subList(1, 8)).extracting(Candidate::instruction).containsOnly("Solve it.");
    assertThat(out).allSatisfy(c -> assertThat(c.demos()).hasSize(4));
  }

  @Test
  void knownInstructionsAreDrawnAgainWhenCoOptimizing() {
    List<Candidate> scored = new ArrayList<>();
    scored.add(FakeContext.scored("c0", "Solve it.", 0.2));
    scored.add(
        new Candidate(
            "c1",
            "Solve it well.",
            List.of(0, 3, 6, 9),
            null,
            "t",
            null,
            1,
            0.6,
            10,
            null,
            null,
            null));
    FakeContext ctx = new FakeContext(prompt -> List.of());
    List<Candidate> out =
        strategy(Map.of("instructions", 1, "demos", 2))
            .propose(new SearchState(2, scored, scored), ctx);

    assertThat(out).extracting(Candidate::instruction).contains("Solve it.", "Solve it well.");
  }

  @Test
  void neverAsksForMoreCallsThanTheBudgetGrants() {
    FakeContext poor = answersEveryThird();
    poor.callLimit = 10;
    assertThat(strategy(Map.of("bootstrap", 32)).propose(seedOnly(), poor)).isEmpty();
    assertThat(poor.calls).isZero();

    FakeContext tight =
        new FakeContext(prompt -> List.of("<INS>One.</INS>", "<INS>Two.</INS>", "<INS>3</INS>"));
    tight.trainScore = (instruction, i) -> 1.0;
    tight.callLimit = 33;
    Map<String, Object> params = new HashMap<>(Map.of("instructions", 1, "proposals", 3));
    List<Candidate> out = strategy(params).propose(seedOnly(), tight);
    assertThat(tight.calls).isEqualTo(33);
    assertThat(out).extracting(Candidate::instruction).contains("One.").doesNotContain("Two.");
  }

  @Test
  void selectionKeepsTheBestCandidatesByValidation() {
    List<Candidate> population =
        IntStream.range(0, 3).mapToObj(i -> FakeContext.scored("p" + i, "P" + i, 0.1 * i)).toList();
    List<Candidate> scored =
        IntStream.range(0, 3).mapToObj(i -> FakeContext.scored("s" + i, "S" + i, 0.5 + i)).toList();
    assertThat(strategy(Map.of("candidates", 4)).select(population, scored))
        .extracting(Candidate::id)
        .containsExactly("s2", "s1", "s0", "p2");
  }

  @Test
  void aCandidateWithoutDemosKeepsItsInstructionKey() {
    assertThat(CandidateKey.of(FakeContext.scored("x", "Solve it.", 0.1)))
        .isEqualTo(InstructionKey.of("Solve it."));
    assertThat(CandidateKey.of("Solve it.", List.of(1, 2)))
        .isNotEqualTo(CandidateKey.of("Solve it.", List.of(1, 3)));
  }
}
