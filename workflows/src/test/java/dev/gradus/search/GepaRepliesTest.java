package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GepaRepliesTest {

  @Test
  void readsTheLastTaggedInstructionOfAChattyReply() {
    String reply =
        "The old instruction <INS>Solve it.</INS> misses the sign.\n"
            + "Here is the new one, wrapped in <INS> and </INS> as asked:\n"
            + "<INS>Solve it. Keep the sign of the result.</INS>\nHope this helps!";
    assertThat(GepaReplies.instruction(reply)).contains("Solve it. Keep the sign of the result.");
  }

  @Test
  void readsThePapersFencedBlock() {
    String reply = "Analysis first.\n```\nAdd the numbers and keep the sign.\n```\nDone.";
    assertThat(GepaReplies.instruction(reply)).contains("Add the numbers and keep the sign.");
  }

  @Test
  void readsAnUnclosedTagAndAnUntaggedReply() {
    assertThat(GepaReplies.instruction("Sure!\n<INS>Answer with a number only."))
        .contains("Answer with a number only.");
    assertThat(GepaReplies.instruction("New instruction: \"Answer briefly.\""))
        .contains("Answer briefly.");
  }

  @Test
  void anEmptyReplyYieldsNothing() {
    assertThat(GepaReplies.instruction("")).isEmpty();
    assertThat(GepaReplies.instruction(null)).isEmpty();
    assertThat(GepaReplies.instruction("<INS></INS>")).isEmpty();
  }
}
