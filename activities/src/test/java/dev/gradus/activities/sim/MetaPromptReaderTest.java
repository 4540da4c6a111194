package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.sim.MetaPromptReading.ShownExample;
import dev.gradus.activities.sim.MetaPromptReading.ShownInstruction;
import org.junit.jupiter.api.Test;

class MetaPromptReaderTest {

  @Test
  void readsAnOproTrajectoryAndSkipsInlineTagMentions() {
    String meta =
        """
        Your task is to generate the instruction <INS>. Below are some previous instructions with their scores.

        text:
        <INS>Solve the problem.</INS>
        score:
        12

        text:
        <INS>Solve the math problem. Answer with the number only.</INS>
        score: 58.5

        Below are some problems.

        Input: What is 3 plus 4?
        Output: 7

        The instruction should begin with <INS> and end with </INS>.
        """;
    MetaPromptReading reading = MetaPromptReader.read(meta);
    assertThat(reading.instructions())
        .containsExactly(
            new ShownInstruction("Solve the problem.", 12.0),
            new ShownInstruction("Solve the math problem. Answer with the number only.", 58.5));
    assertThat(reading.base()).contains("Solve the math problem. Answer with the number only.");
    assertThat(reading.examples())
        .containsExactly(new ShownExample("What is 3 plus 4?", "7", null, null));
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void readsErrorsAndCritique() {
    String meta =
        """
        My current prompt is:
        <INS>Classify the sentiment.</INS>
        It gets these examples wrong:
        Input: The movie was not great.
        Expected: negative
        Got: positive

        input: The hotel was lovely.
        expected: positive
        got: positive

        Feedback: the prompt ignores negation
        and answers with capitals.

        Write a better prompt between <INS> and </INS>.
        """;
    MetaPromptReading reading = MetaPromptReader.read(meta);
    assertThat(reading.instructions())
        .extracting(ShownInstruction::text)
        .containsExactly("Classify the sentiment.");
    assertThat(reading.examples()).hasSize(2);
    assertThat(reading.errors())
        .containsExactly(
            new ShownExample("The movie was not great.", null, "negative", "positive"));
    assertThat(reading.critique())
        .isEqualTo("the prompt ignores negation\nand answers with capitals.");
  }

  @Test
  void readsApeResamplingWhoseInstructionSitsOnAnInputLine() {
    String meta =
        """
        Generate a variation of the following instruction while keeping the semantic meaning.

        Input: <INS>Find the place in the sentence.</INS>

        Write the new instruction between <INS> and </INS>.
        Output:
        """;
    MetaPromptReading reading = MetaPromptReader.read(meta);
    assertThat(reading.instructions())
        .containsExactly(new ShownInstruction("Find the place in the sentence.", null));
    assertThat(reading.examples()).isEmpty();
  }
}
