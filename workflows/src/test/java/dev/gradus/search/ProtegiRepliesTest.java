package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtegiRepliesTest {

  @Test
  void critiquesAreReadFromTheirTagsInAChattyReply() {
    String reply =
        """
        Sure! Looking at the examples, here are my thoughts.
        <START>The prompt never says that
        negative numbers keep their sign.<END>
        Also, <START> It does not ask for a bare number. <END>
        Hope this helps!""";
    assertThat(ProtegiReplies.critiques(reply, 5))
        .containsExactly(
            "The prompt never says that negative numbers keep their sign.",
            "It does not ask for a bare number.");
  }

  @Test
  void critiquesAreCappedAndAnOpenTagRunsToTheEnd() {
    assertThat(ProtegiReplies.critiques("<START>one<END><START>two<END><START>three", 2))
        .containsExactly("one", "two");
    assertThat(ProtegiReplies.critiques("<START>It forgot the units.", 3))
        .containsExactly("It forgot the units.");
  }

  @Test
  void untaggedCritiquesFallBackToListItemsThenToTheWholeReply() {
    String listed =
        """
        Here are 2 reasons:
        1. The prompt does not say to answer with one word.
        - It never mentions negation.
        """;
    assertThat(ProtegiReplies.critiques(listed, 4))
        .containsExactly(
            "The prompt does not say to answer with one word.", "It never mentions negation.");
    assertThat(ProtegiReplies.critiques("  The prompt is too vague.  ", 4))
        .containsExactly("The prompt is too vague.");
    assertThat(ProtegiReplies.critiques("", 4)).isEmpty();
  }

  @Test
  void promptsAreReadFromInsOrThePapersTagsSkippingMentionsAndRepeats() {
    String reply =
        """
        I wrapped each prompt in <INS> and </INS> as asked.
        1. <INS>Add the numbers. Keep the minus sign.</INS>
        2. <START>Add the numbers and answer with the number only.<END>
        3. <ins>add the numbers. keep the minus sign.</ins>
        """;
    assertThat(ProtegiReplies.prompts(reply, 5))
        .containsExactly(
            "Add the numbers. Keep the minus sign.",
            "Add the numbers and answer with the number only.");
    assertThat(ProtegiReplies.prompts(reply, 1)).hasSize(1);
  }

  @Test
  void anUntaggedPromptStillYieldsItsInstruction() {
    assertThat(ProtegiReplies.prompts("Here is the variation:\nSum the two numbers.", 1))
        .isEqualTo(List.of("Sum the two numbers."));
  }

  @Test
  void excerptsAreFlattenedAndCut() {
    assertThat(ProtegiReplies.excerpt("a\n b   c", 20)).isEqualTo("a b c");
    assertThat(ProtegiReplies.excerpt("x".repeat(50), 10)).isEqualTo("xxxxxxx...");
  }
}
