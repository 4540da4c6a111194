package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.ProposalParser;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The simulated optimizer's answers to EvoPrompt's GA and DE templates. */
class SimulatedBreedingTest {

  private static final int SAMPLES = 200;
  private static final String CORE = "Classify the sentiment of the review.";
  private static final String NEGATION =
      "Watch for negation: 'not good' is negative and 'not bad' is positive.";
  private static final String FORMAT = "Answer with a single lowercase word: positive or negative.";

  private final SimulatedLlm llm = new SimulatedLlm();
  private final SimulatedTask sentiment = SimulatedTasks.byName("sentiment").orElseThrow();
  private final Requirement negation = sentiment.requirement("negation").orElseThrow();

  /** Worded as workflows' evo-ga.txt, which this module cannot read. */
  private static String crossover(String first, String second) {
    return "Please follow the instruction step-by-step to generate a better prompt.\n"
        + "1. Cross over the following prompts and generate a new prompt:\n"
        + "Prompt 1: <INS>"
        + first
        + "</INS>\n"
        + "Prompt 2: <INS>"
        + second
        + "</INS>\n"
        + "2. Mutate the prompt generated in Step 1 and generate a final prompt bracketed with"
        + " <INS> and </INS>.\n";
  }

  /** Worded as workflows' evo-de.txt. */
  private static String differential(String donor1, String donor2, String best, String basic) {
    return "Please follow the instruction step-by-step to generate a better prompt.\n"
        + "1. Identify the different parts between Prompt 1 and Prompt 2:\n"
        + "Prompt 1: <INS>"
        + donor1
        + "</INS>\nPrompt 2: <INS>"
        + donor2
        + "</INS>\n2. Randomly mutate the different parts.\n"
        + "3. Combine the different parts with Prompt 3, selectively replace it with the different"
        + " parts in step 2 and generate a new prompt.\nPrompt 3: <INS>"
        + best
        + "</INS>\n4. Cross over the prompt in step 3 with the following basic prompt and generate"
        + " a final prompt bracketed with <INS> and </INS>:\nBasic prompt: <INS>"
        + basic
        + "</INS>\n";
  }

  private double rate(String meta, Predicate<String> holds) {
    int count = 0;
    for (int sample = 0; sample < SAMPLES; sample++) {
      String child = ProposalParser.parse(llm.propose(meta, 0.5, sample)).orElseThrow();
      count += holds.test(child) ? 1 : 0;
    }
    return (double) count / SAMPLES;
  }

  @Test
  void theRequestIsReadByItsLabels() {
    assertThat(BreedingRequest.read(crossover("A b.", "C d.")))
        .contains(new BreedingRequest("A b.", "C d.", null, null));
    assertThat(BreedingRequest.read(differential("A.", "B.", "C.", "D.")))
        .hasValueSatisfying(r -> assertThat(r.differential()).isTrue());
    assertThat(BreedingRequest.read("Improve this prompt:\n<INS>A.</INS>")).isEmpty();
  }

  @Test
  void aCrossoverChildOftenInheritsFromBothParents() {
    String meta = crossover(CORE + " " + NEGATION, CORE + " " + FORMAT);
    double both = rate(meta, c -> negation.expressedBy(c) && c.contains("lowercase"));
    double either = rate(meta, c -> negation.expressedBy(c) || c.contains("lowercase"));
    assertThat(both).isBetween(0.15, 0.7);
    assertThat(either).isGreaterThan(0.85);
    assertThat(rate(meta, c -> sentiment.core().expressedBy(c))).isGreaterThan(0.8);
  }

  @Test
  void aDifferentialChildCarriesTheDonorsDifferenceOntoTheBestPrompt() {
    // The donors differ in the negation sentence, which neither the best nor the basic states.
    String meta =
        differential(CORE + " " + NEGATION, CORE, CORE + " " + FORMAT, "What is the sentiment?");
    assertThat(rate(meta, c -> negation.expressedBy(c))).isGreaterThan(0.4);
    assertThat(rate(meta, c -> c.contains("lowercase"))).isGreaterThan(0.4);
  }

  @Test
  void donorsThatAgreeAddNothingButTheBestAndBasicPrompts() {
    String meta = differential(CORE, CORE, CORE + " " + FORMAT, CORE);
    assertThat(rate(meta, c -> negation.expressedBy(c))).isLessThan(0.2);
  }

  @Test
  void differingIsSymmetricAndBlindToPunctuation() {
    assertThat(
            InstructionBreeding.differential(
                    new BreedingRequest("A b. C d.", "a b", "E f.", "E f."),
                    sentiment,
                    new java.util.SplittableRandom(1))
                .isEmpty())
        .isFalse();
    assertThat(InstructionBreeding.differing(List.of("A b.", "C d."), List.of("a b", "X y.")))
        .containsExactly("C d.", "X y.");
  }
}
