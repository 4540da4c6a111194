package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatedTargetTest {

  private final SimulatedLlm llm = new SimulatedLlm();

  @ParameterizedTest
  @ValueSource(strings = {"sentiment", "arithmetic", "extraction", "roman", "tickets"})
  void idealInstructionScoresHighAndTheSeedPromptLow(String name) {
    SimulatedTask task = SimulatedTasks.byName(name).orElseThrow();
    assertThat(Accuracy.of(llm, task.idealInstruction(), task.examples()))
        .isGreaterThanOrEqualTo(0.85);
    assertThat(Accuracy.of(llm, task.seedPrompt(), task.examples())).isLessThanOrEqualTo(0.4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sentiment", "arithmetic", "extraction", "roman", "tickets"})
  void eachRequirementAddedToAnInstructionRaisesItsScore(String name) {
    SimulatedTask task = SimulatedTasks.byName(name).orElseThrow();
    String ideal = task.idealInstruction();
    // The core is left out: other requirements' phrasings imply the task ("positive or negative").
    for (Requirement r : task.requirements().subList(1, task.requirements().size())) {
      String without = ideal.replace(r.phrasings().get(0), "").strip();
      assertThat(r.expressedBy(without)).as(r.id()).isFalse();
      assertThat(Accuracy.of(llm, without, task.examples()))
          .as("without " + r.id())
          .isLessThan(Accuracy.of(llm, ideal, task.examples()) - 0.05);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sentiment", "arithmetic", "extraction", "roman", "tickets"})
  void withoutTheTaskAnswersAreOffTask(String name) {
    SimulatedTask task = SimulatedTasks.byName(name).orElseThrow();
    assertThat(Accuracy.of(llm, "Respond to the input.", task.examples())).isLessThan(0.05);
  }

  @Test
  void aParaphrasedRequirementCountsAsMuchAsTheOriginal() {
    SimulatedTask task = SimulatedTasks.byName("sentiment").orElseThrow();
    String reworded =
        "Decide whether the review is positive or negative. Respond with one word, lower case.";
    assertThat(Accuracy.of(llm, reworded, task.examples())).isGreaterThan(0.3);
  }

  @Test
  void samePromptGivesSameAnswerAtTemperatureZero() {
    Example e = example("arithmetic", 4);
    String prompt = Accuracy.prompt("Solve the problem.", e);
    Set<String> answers = new HashSet<>();
    for (int sample = 0; sample < 10; sample++) {
      answers.add(llm.answer(prompt, 0.0, sample));
      answers.add(new SimulatedLlm().answer(prompt, 0.0, sample));
    }
    assertThat(answers).hasSize(1);
  }

  @Test
  void samplesDifferAboveTemperatureZero() {
    Example e = example("arithmetic", 4);
    String prompt = Accuracy.prompt("Solve the problem.", e);
    Set<String> answers = new HashSet<>();
    for (int sample = 0; sample < 20; sample++) {
      answers.add(llm.answer(prompt, 1.0, sample));
    }
    assertThat(answers).hasSizeGreaterThan(1);
    assertThat(llm.answer(prompt, 1.0, 3)).isEqualTo(llm.answer(prompt, 1.0, 3));
  }

  @Test
  void findsTheQueryAfterFewShotDemonstrations() {
    SimulatedTask task = SimulatedTasks.byName("sentiment").orElseThrow();
    String instruction = task.idealInstruction();
    List<Example> examples = task.examples();
    int right = 0;
    for (int i = 0; i + 2 < 60; i++) {
      Example demo1 = examples.get(i + 1);
      Example demo2 = examples.get(i + 2);
      Example query = examples.get(i);
      String prompt =
          instruction
              + "\n\nInput: "
              + demo1.input()
              + "\nOutput: "
              + demo1.target()
              + "\n\nInput: "
              + demo2.input()
              + "\nOutput: "
              + demo2.target()
              + "\n\nInput: "
              + query.input()
              + "\nOutput:";
      right += llm.answer(prompt, 0.0, 0).equals(query.target()) ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(50);
  }

  @Test
  void demonstrationsTeachTheAnswerFormatWithoutWords() {
    SimulatedTask task = SimulatedTasks.byName("arithmetic").orElseThrow();
    List<Example> examples = task.examples();
    String instruction = "Solve the math problem.";
    int zeroShot = 0;
    int fewShot = 0;
    for (int i = 1; i < examples.size(); i++) {
      Example demo = examples.get(i - 1);
      Example query = examples.get(i);
      String demos = "Input: " + demo.input() + "\nOutput: " + demo.target() + "\n\n";
      zeroShot +=
          llm.answer(Accuracy.prompt(instruction, query), 0, 0).equals(query.target()) ? 1 : 0;
      String prompt = instruction + "\n\n" + demos + "Input: " + query.input() + "\nOutput:";
      fewShot += llm.answer(prompt, 0, 0).equals(query.target()) ? 1 : 0;
    }
    assertThat(fewShot).isGreaterThan(zeroShot * 2);
  }

  @Test
  void aDemonstrationTeachesOnlyWhatItShows() {
    SimulatedTask task = SimulatedTasks.byName("arithmetic").orElseThrow();
    // Says everything but the minus sign, which demonstrations may show instead.
    String instruction =
        "Solve the math problem. Follow the order of operations. Never group digits with commas."
            + " Answer with the number only.";
    List<SimulatedCase> negatives =
        task.cases().stream().filter(c -> c.needs().contains("sign")).toList();
    List<SimulatedCase> plain =
        task.cases().stream().filter(c -> c.needs().equals(Set.of("core", "format"))).toList();
    int shown = 0;
    int notShown = 0;
    for (int i = 0; i < negatives.size(); i++) {
      for (int d = 1; d <= 3; d++) {
        SimulatedCase query = negatives.get(i);
        shown += rightWithDemo(instruction, negatives.get((i + d) % negatives.size()), query);
        notShown += rightWithDemo(instruction, plain.get((i * 3 + d) % plain.size()), query);
      }
    }
    // Shown, the sign is missed 40% of the time; not shown, 87%.
    assertThat(shown).isGreaterThan(notShown * 3);
  }

  private int rightWithDemo(String instruction, SimulatedCase demo, SimulatedCase query) {
    String prompt =
        instruction
            + "\n\nInput: "
            + demo.example().input()
            + "\nOutput: "
            + demo.example().target()
            + "\n\nInput: "
            + query.example().input()
            + "\nOutput:";
    return llm.answer(prompt, 0, 0).equals(query.example().target()) ? 1 : 0;
  }

  @Test
  void harmfulSentencesLowerTheScoreAndFillerDoesNot() {
    SimulatedTask task = SimulatedTasks.byName("extraction").orElseThrow();
    String ideal = task.idealInstruction();
    double base = Accuracy.of(llm, ideal, task.examples());
    assertThat(Accuracy.of(llm, ideal + " Explain your reasoning step by step.", task.examples()))
        .isLessThan(base - 0.5);
    assertThat(Accuracy.of(llm, ideal + " Do not explain your reasoning.", task.examples()))
        .isGreaterThan(base - 0.1);
    assertThat(
            Accuracy.of(llm, "Read the text closely. " + ideal + " Be careful.", task.examples()))
        .isGreaterThan(base - 0.1);
  }

  @Test
  void wrongAnswersAreTheLiteralMindedOnes() {
    SimulatedCase negated =
        SimulatedTasks.byName("sentiment").orElseThrow().cases().stream()
            .filter(c -> c.needs().contains("negation"))
            .findFirst()
            .orElseThrow();
    String instruction =
        "Classify the sentiment of the review. Answer with a single lowercase word: positive or"
            + " negative.";
    Set<String> answers = new HashSet<>();
    for (int sample = 0; sample < 30; sample++) {
      answers.add(llm.answer(Accuracy.prompt(instruction, negated.example()), 0.7, sample));
    }
    assertThat(answers).contains(negated.literalAnswers().get("negation"));
  }

  @Test
  void anUnknownQuestionGetsANonAnswer() {
    assertThat(llm.answer("Translate into French.\n\nInput: Good morning\nOutput:", 0, 0))
        .isIn("I am not sure.", "I don't know.", "Could you rephrase the question?");
  }

  private static Example example(String task, int index) {
    return SimulatedTasks.byName(task).orElseThrow().examples().get(index);
  }
}
