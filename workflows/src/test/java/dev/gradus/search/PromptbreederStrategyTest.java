package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.PromptbreederMutation.Mutant;
import dev.gradus.search.PromptbreederMutation.Operator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptbreederStrategyTest {

  private static final String MP = "Make the instruction more precise.";

  private static Candidate unit(String id, String instruction, double score, int generation) {
    return new Candidate(
        id,
        instruction,
        List.of(),
        List.of(),
        "test",
        null,
        generation,
        score,
        10,
        null,
        new EvolutionUnit(MP + " (" + id + ")", null),
        null);
  }

  private static final List<Candidate> POPULATION =
      List.of(
          unit("a", "Alpha solves it.", 0.8, 1),
          unit("b", "Beta solves it well.", 0.6, 2),
          unit("c", "Gamma answers.", 0.4, 3),
          unit("d", "Delta guesses.", 0.2, 4));

  /** An optimizer that answers every meta-prompt with a tagged prompt naming its call. */
  private static FakeContext numberedReplies() {
    int[] calls = {0};
    return new FakeContext(p -> List.of("Sure!\n<INS>Reply " + calls[0]++ + ".</INS>"));
  }

  @Test
  void initialUnitsApplyARandomMutationPromptAndThinkingStyleToTheTaskDescription() {
    FakeContext ctx = numberedReplies();
    ctx.description = "Compute the answer.";
    Candidate seed = FakeContext.scored("s", "Compute the answer.", 0.1);

    List<Candidate> out =
        new PromptbreederStrategy(4).propose(new SearchState(1, List.of(seed), List.of(seed)), ctx);

    assertThat(out).hasSize(3);
    assertThat(ctx.prompts).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String prompt = ctx.prompts.get(i);
      Candidate child = out.get(i);
      assertThat(prompt).contains("INSTRUCTION: <INS>Compute the answer.</INS>");
      assertThat(PromptbreederMutation.MUTATION_PROMPTS).anyMatch(prompt::startsWith);
      assertThat(PromptbreederMutation.THINKING_STYLES).anyMatch(prompt::contains);
      assertThat(prompt).contains(child.unit().mutationPrompt());
      assertThat(child.unit().replaces()).isNull();
      assertThat(child.instruction()).isEqualTo("Reply " + i + ".");
      assertThat(child.parentIds()).containsExactly("s");
      assertThat(child.operation()).isEqualTo("promptbreeder initial");
    }
  }

  @Test
  void eachPairHoldsABinaryTournamentWhoseLoserTheMutatedWinnerReplaces() {
    Map<String, Double> scores = new HashMap<>();
    POPULATION.forEach(c -> scores.put(c.id(), c.score()));
    Set<String> losers = new HashSet<>();
    for (int seed = 0; seed < 20; seed++) {
      FakeContext ctx = numberedReplies();
      ctx.random().setSeed(seed);
      List<Candidate> out =
          new PromptbreederStrategy(4).propose(new SearchState(5, POPULATION, POPULATION), ctx);

      assertThat(out).hasSize(2);
      Set<String> inPlay = new HashSet<>();
      for (Candidate child : out) {
        String winner = child.parentIds().get(0);
        String loser = child.unit().replaces();
        assertThat(scores.get(winner)).isGreaterThan(scores.get(loser));
        assertThat(inPlay.add(winner) && inPlay.add(loser)).isTrue();
        assertThat(child.operation()).startsWith("promptbreeder ");
        assertThat(child.note()).endsWith("replaces " + loser);
        assertThat(child.generation()).isEqualTo(5);
        losers.add(loser);
      }
    }
    assertThat(losers).doesNotContain("a").contains("b", "c", "d");
  }

  @Test
  void operatorsAreDrawnUniformly() {
    Map<String, Integer> used = new HashMap<>();
    FakeContext ctx = numberedReplies();
    for (int round = 0; round < 300; round++) {
      for (Candidate child :
          new PromptbreederStrategy(4).propose(new SearchState(5, POPULATION, POPULATION), ctx)) {
        used.merge(child.operation(), 1, Integer::sum);
      }
    }
    assertThat(used).hasSize(Operator.values().length);
    assertThat(used.values()).allSatisfy(n -> assertThat(n).isBetween(50, 130));
  }

  @Test
  void firstOrderAppliesTheUnitsMutationPromptToTheWinner() {
    FakeContext ctx = numberedReplies();
    Mutant m = mutation(ctx).mutate(Operator.FIRST_ORDER, POPULATION.get(1), MP).orElseThrow();

    assertThat(ctx.prompts).hasSize(1);
    assertThat(ctx.prompts.get(0))
        .startsWith(MP)
        .contains("INSTRUCTION: <INS>Beta solves it well.</INS>")
        .contains("INSTRUCTION MUTANT:");
    assertThat(m.prompt()).isEqualTo("Reply 0.");
    assertThat(m.mutationPrompt()).isEqualTo(MP);
  }

  @Test
  void zeroOrderWritesAHintFromTheTaskDescriptionAlone() {
    FakeContext ctx =
        new FakeContext(p -> List.of("Here are hints:\n\n1. Use digits.\n2. Be brief."));
    ctx.description = "Solve the sum.";
    Mutant m = mutation(ctx).mutate(Operator.ZERO_ORDER, POPULATION.get(0), MP).orElseThrow();

    assertThat(ctx.prompts.get(0)).contains("<INS>Solve the sum.</INS>").contains("100 hints");
    assertThat(ctx.prompts.get(0)).doesNotContain("Alpha");
    assertThat(m.prompt()).isEqualTo("Use digits.");
    assertThat(m.mutationPrompt()).isEqualTo(MP);
  }

  @Test
  void edaListsThePopulationWithoutNearCopies() {
    List<Candidate> withCopy =
        List.of(
            unit("a", "Alpha solves it.", 0.8, 1),
            unit("a2", "alpha SOLVES it", 0.7, 1),
            unit("b", "Beta solves it well.", 0.6, 2));
    FakeContext ctx = numberedReplies();
    new PromptbreederMutation(new SearchState(3, withCopy, withCopy), ctx)
        .mutate(Operator.EDA, withCopy.get(0), MP)
        .orElseThrow();

    String prompt = ctx.prompts.get(0);
    assertThat(prompt).contains("<INS>Alpha solves it.</INS>").contains("<INS>Beta solves");
    assertThat(prompt).doesNotContain("alpha SOLVES").doesNotContain("score");
  }

  @Test
  void edaRankShowsThePopulationWorstFirstUnderADescendingHeading() {
    FakeContext ctx = numberedReplies();
    mutation(ctx).mutate(Operator.EDA_RANK, POPULATION.get(0), MP).orElseThrow();

    String prompt = ctx.prompts.get(0);
    assertThat(prompt).startsWith(MP).contains("descending order of score");
    assertThat(prompt.indexOf("Delta"))
        .isLessThan(prompt.indexOf("Gamma"))
        .isLessThan(prompt.indexOf("Beta"));
    assertThat(prompt.indexOf("Beta")).isLessThan(prompt.indexOf("Alpha"));
  }

  @Test
  void lineageShowsTheRunsSuccessiveElitesOldestFirst() {
    List<Candidate> leaderboard =
        List.of(
            unit("late-best", "Best of all.", 0.9, 6),
            unit("early", "First try.", 0.3, 1),
            unit("worse-later", "Slipped back.", 0.2, 3),
            unit("middle", "Getting there.", 0.5, 4));
    assertThat(PromptbreederMutation.elites(new SearchState(7, POPULATION, leaderboard)))
        .extracting(Candidate::id)
        .containsExactly("early", "middle", "late-best");

    FakeContext ctx = numberedReplies();
    new PromptbreederMutation(new SearchState(7, POPULATION, leaderboard), ctx)
        .mutate(Operator.LINEAGE, POPULATION.get(0), MP)
        .orElseThrow();
    String prompt = ctx.prompts.get(0);
    assertThat(prompt).contains("GENOTYPES FOUND IN ASCENDING ORDER OF QUALITY");
    assertThat(prompt.indexOf("First try.")).isLessThan(prompt.indexOf("Getting there."));
    assertThat(prompt.indexOf("Getting there.")).isLessThan(prompt.indexOf("Best of all."));
    assertThat(prompt).doesNotContain("Slipped back.");
  }

  @Test
  void hyperMutationRewritesTheMutationPromptAndThenAppliesIt() {
    FakeContext ctx = numberedReplies();
    ctx.description = "Solve the sum.";
    Mutant zero = mutation(ctx).mutate(Operator.HYPER_ZERO, POPULATION.get(0), MP).orElseThrow();

    assertThat(ctx.prompts).hasSize(2);
    assertThat(PromptbreederMutation.THINKING_STYLES).anyMatch(ctx.prompts.get(0)::startsWith);
    assertThat(ctx.prompts.get(0)).contains("<INS>Solve the sum.</INS>").doesNotContain(MP);
    assertThat(zero.mutationPrompt()).isEqualTo("Reply 0.");
    assertThat(ctx.prompts.get(1)).startsWith("Reply 0.").contains("<INS>Alpha solves it.</INS>");
    assertThat(zero.prompt()).isEqualTo("Reply 1.");

    FakeContext first = numberedReplies();
    Mutant improved =
        mutation(first).mutate(Operator.HYPER_FIRST, POPULATION.get(0), MP).orElseThrow();
    assertThat(first.prompts.get(0))
        .startsWith("Please summarize and improve the following instruction:")
        .contains(MP);
    assertThat(improved.mutationPrompt()).isEqualTo("Reply 0.");
    assertThat(first.prompts.get(1)).startsWith("Reply 0.");
    assertThat(improved.prompt()).isEqualTo("Reply 1.");
  }

  @Test
  void aReplyWithoutAPromptOrACutBudgetMakesNoChild() {
    FakeContext silent = new FakeContext(p -> List.of("   "));
    assertThat(
            new PromptbreederStrategy(4)
                .propose(new SearchState(5, POPULATION, POPULATION), silent))
        .isEmpty();

    FakeContext poor = numberedReplies();
    poor.callLimit = 1;
    assertThat(mutation(poor).mutate(Operator.HYPER_FIRST, POPULATION.get(0), MP)).isEmpty();
    assertThat(poor.calls).isEqualTo(1);
  }

  @Test
  void aLongMutationPromptIsQuotedShortInTheNote() {
    String rambling = "Improve it. ".repeat(40);
    Mutant m =
        mutation(numberedReplies())
            .mutate(Operator.FIRST_ORDER, POPULATION.get(0), rambling)
            .orElseThrow();
    assertThat(m.mutationPrompt()).isEqualTo(rambling);
    assertThat(m.note()).hasSizeLessThan(130).endsWith("…\"");
  }

  @Test
  void zeroOrderRepliesYieldTheirFirstHint() {
    assertThat(PromptbreederMutation.firstHint(" Use digits only.\n2. Be brief."))
        .contains("Use digits only.");
    assertThat(PromptbreederMutation.firstHint("Hints:\n- \"Check the sign.\"\n- Other"))
        .contains("Check the sign.");
    assertThat(PromptbreederMutation.firstHint("Sure: <INS>Tagged hint.</INS>"))
        .contains("Tagged hint.");
    assertThat(PromptbreederMutation.firstHint("Hints:\n\n")).isEmpty();
  }

  @Test
  void replacementsTakeTheirLosersPlacesAndInitialUnitsJoinTheBestN() {
    Candidate beatsD = child("x", "d", 0.1);
    Candidate beatsC = child("y", "c", 0.5);
    List<Candidate> next = new PromptbreederStrategy(4).select(POPULATION, List.of(beatsD, beatsC));
    assertThat(next).extracting(Candidate::id).containsExactly("a", "b", "y", "x");

    Candidate fresh = unit("z", "New unit.", 0.7, 5);
    Candidate seed = FakeContext.scored("s", "Seed.", 0.05);
    assertThat(new PromptbreederStrategy(3).select(List.of(seed), List.of(fresh, beatsD)))
        .extracting(Candidate::id)
        .containsExactlyInAnyOrder("z", "s");
    assertThat(new PromptbreederStrategy(4).select(POPULATION, List.of(fresh)))
        .extracting(Candidate::id)
        .containsExactly("a", "z", "b", "c");
  }

  private static Candidate child(String id, String replaces, double score) {
    return Candidate.proposed(id, "Child " + id + ".", List.of("a"), "promptbreeder eda", null, 5)
        .withUnit(new EvolutionUnit(MP, replaces))
        .withScore(score, 10, null, null);
  }

  private static PromptbreederMutation mutation(FakeContext ctx) {
    return new PromptbreederMutation(new SearchState(5, POPULATION, POPULATION), ctx);
  }
}
