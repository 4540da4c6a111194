package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProposalParserTest {

  @Test
  void findsTheInstructionInTheShapesModelsReplyIn() {
    assertThat(ProposalParser.parse("<INS>Do it.</INS>")).contains("Do it.");
    assertThat(ProposalParser.parse("Sure!\n<ins> Do it. </ins>\nGood luck")).contains("Do it.");
    assertThat(ProposalParser.parse("<INS>Unclosed tag")).contains("Unclosed tag");
    assertThat(ProposalParser.parse("[Bracketed as in the OPRO paper.]"))
        .contains("Bracketed as in the OPRO paper.");
    assertThat(ProposalParser.parse("Here is the new instruction:\n\"Quoted.\""))
        .contains("Quoted.");
    assertThat(ProposalParser.parse("Instruction: Labelled.")).contains("Labelled.");
    assertThat(ProposalParser.parse("```\nFenced.\n```")).contains("Fenced.");
  }

  @Test
  void yieldsNothingForEmptyOrRamblingReplies() {
    assertThat(ProposalParser.parse(null)).isEmpty();
    assertThat(ProposalParser.parse("   ")).isEmpty();
    assertThat(ProposalParser.parse("<INS></INS>")).isEmpty();
    assertThat(ProposalParser.parse("x".repeat(ProposalParser.MAX_LENGTH + 1))).isEmpty();
  }

  @Test
  void instructionKeyIgnoresCaseSpacingAndFinalPunctuation() {
    assertThat(InstructionKey.of("Think  step by step."))
        .isEqualTo(InstructionKey.of("think step by step"));
    assertThat(InstructionKey.of("Think step by step."))
        .isNotEqualTo(InstructionKey.of("Think twice."));
  }
}
