package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvoRepliesTest {

  @Test
  void theFinalPromptIsTheLastTaggedOneOfAChattyStepByStepReply() {
    String reply =
        """
        Sure! Let's go step by step.
        1. Crossover Prompt: <INS>Solve the problem and give the number.</INS>
        2. Mutated prompt:
        <INS>Work out the problem, then answer with the number only.</INS>
        I put the final prompt between <INS> and </INS> as you asked.
        """;
    assertThat(EvoReplies.finalPrompt(reply))
        .contains("Work out the problem, then answer with the number only.");
  }

  @Test
  void thePapersPromptTagsAndAMissingClosingTagAreRead() {
    assertThat(EvoReplies.finalPrompt("1. Crossover Prompt: x y\n2. <prompt>Classify it.</prompt>"))
        .contains("Classify it.");
    assertThat(EvoReplies.finalPrompt("Here you go:\n<INS>Classify the review carefully."))
        .contains("Classify the review carefully.");
  }

  @Test
  void anUntaggedReplyYieldsItsLastStep() {
    assertThat(
            EvoReplies.finalPrompt(
                "1. Crossover Prompt: Solve it.\n2. Solve the problem and answer with a number."))
        .contains("Solve the problem and answer with a number.");
  }

  @Test
  void anEmptyReplyYieldsNothing() {
    assertThat(EvoReplies.finalPrompt("  ")).isEmpty();
    assertThat(EvoReplies.finalPrompt(null)).isEmpty();
  }
}
