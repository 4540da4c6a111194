package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseEditsTest {

  private static final String TEXT = "Answer the question in one word, and be brief.";
  private static final List<PhraseChunker.Span> PHRASES = PhraseChunker.chunk(TEXT);

  @Test
  void deletingAPhraseLeavesNoDanglingPunctuation() {
    assertThat(PhraseEdits.delete(TEXT, PHRASES.get(1)))
        .isEqualTo("Answer the question, and be brief.");
    assertThat(PhraseEdits.delete(TEXT, PHRASES.get(2)))
        .isEqualTo("Answer the question in one word.");
    assertThat(PhraseEdits.delete(TEXT, PHRASES.get(0))).isEqualTo("in one word, and be brief.");
  }

  @Test
  void swappingExchangesTwoPhrasesAndKeepsThePunctuationInPlace() {
    assertThat(PhraseEdits.swap(TEXT, PHRASES.get(2), PHRASES.get(0)))
        .isEqualTo("and be brief in one word, Answer the question.");
  }

  @Test
  void replacingAndInsertingWorkOnPhraseBoundaries() {
    assertThat(PhraseEdits.replace(TEXT, PHRASES.get(1), "using a single word"))
        .isEqualTo("Answer the question using a single word, and be brief.");
    assertThat(PhraseEdits.insert(TEXT, PHRASES, 0, "Read the text"))
        .isEqualTo("Read the text Answer the question in one word, and be brief.");
    assertThat(PhraseEdits.insert(TEXT, PHRASES, 3, "without commas"))
        .isEqualTo("Answer the question in one word, and be brief without commas.");
  }

  @Test
  void containsComparesWordsNotCaseOrPunctuation() {
    assertThat(PhraseEdits.contains(TEXT, "IN ONE WORD")).isTrue();
    assertThat(PhraseEdits.contains(TEXT, "one wor")).isFalse();
  }
}
