package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseChunkerTest {

  private static List<String> phrases(String text) {
    return PhraseChunker.chunk(text).stream().map(PhraseChunker.Span::text).toList();
  }

  @Test
  void splitsSentencesClausesAndPrepositionalPhrases() {
    assertThat(phrases("Answer the question in one word, and be brief. Explain nothing!"))
        .containsExactly("Answer the question", "in one word", "and be brief", "Explain nothing");
  }

  @Test
  void splitsBeforeAConjunctionOnlyWhenBothSidesAreClauses() {
    assertThat(phrases("Label the review as positive or negative."))
        .containsExactly("Label the review", "as positive or negative");
    assertThat(phrases("Solve the math problem and explain your reasoning step by step."))
        .containsExactly("Solve the math problem", "and explain your reasoning step by step");
  }

  @Test
  void keepsShortClausesWholeAndLineBreaksApart() {
    assertThat(phrases("Answer with the number only; be careful\nThink first"))
        .containsExactly("Answer with the number only", "be careful", "Think first");
    assertThat(phrases("Classify.")).containsExactly("Classify");
    assertThat(phrases("  ")).isEmpty();
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Read the text, then answer.";
    for (PhraseChunker.Span span : PhraseChunker.chunk(text)) {
      assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
  }
}
