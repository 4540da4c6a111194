package dev.gradus.activities.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictParserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The answer is right.\\nScore: 5|1.0",
        "Score: 1|0.0",
        "Reasoning: partly right.\\n\\n**Score:** 3/5|0.5",
        "{\"reasoning\": \"close\", \"score\": 4}|0.75",
        "grade = 2|0.25",
        "Rating: 4 out of 5|0.75",
        "4|0.75",
        "  4/5. |0.75",
        "Score: 4.5|0.875",
        // The scale is restated before the grade; the last labelled grade is the verdict.
        "On a scale where Score: 5 is perfect, this is weak.\\nScore: 2|0.25",
      })
  void readsTheGradesJudgesWriteAndMapsThemOntoZeroToOne(String reply, double expected) {
    Verdict v = VerdictParser.grade(reply.replace("\\n", "\n"), 5);

    assertThat(v.usable()).as(v.note()).isTrue();
    assertThat(v.score()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void keepsTheJudgesReasonsAsTheNote() {
    Verdict v = VerdictParser.grade("It names the wrong city.\nScore: 2", 5);

    assertThat(v.note()).isEqualTo("It names the wrong city.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm sorry, but I can't evaluate this answer.|no \"Score: N\"",
        "Score: 6|off the scale 1 to 5",
        "Score: 0|off the scale 1 to 5",
        "Score: 8/10|graded out of 10, not out of 5",
        "The answer is fine, I would give it a high mark.|no \"Score: N\"",
        "''|empty",
      })
  void aRefusalAGradeOffTheScaleOrOnAnotherScaleIsUnusableAndSaysWhy(String reply, String why) {
    Verdict v = VerdictParser.grade(reply, 5);

    assertThat(v.usable()).isFalse();
    assertThat(v.score()).isNull();
    assertThat(v.note()).contains(why);
  }

  @Test
  void anEmptyOrNullReplyIsUnusable() {
    assertThat(VerdictParser.grade(null, 5).usable()).isFalse();
    assertThat(VerdictParser.winner("  ", true).usable()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A is precise, B rambles.\\nWinner: A|true|1.0",
        "A is precise, B rambles.\\nWinner: A|false|0.0",
        "**Winner:** Answer B|true|0.0",
        "{\"winner\": \"B\"}|false|1.0",
        "Both say the same.\\nWinner: tie|true|0.5",
        "Verdict: equal|false|0.5",
        "B|false|1.0",
        "[[A]]|true|1.0",
      })
  void readsTheWinnerFromTheCandidatesPointOfView(
      String reply, boolean candidateIsA, double expected) {
    Verdict v = VerdictParser.winner(reply.replace("\\n", "\n"), candidateIsA);

    assertThat(v.usable()).as(v.note()).isTrue();
    assertThat(v.score()).isEqualTo(expected);
  }

  @Test
  void aPairwiseReplyWithoutAWinnerIsUnusable() {
    Verdict v = VerdictParser.winner("Both answers have merits and flaws.", true);

    assertThat(v.usable()).isFalse();
    assertThat(v.note()).contains("Winner: A, B or tie");
  }

  @Test
  void aLongReplyIsShortenedInTheNote() {
    Verdict v = VerdictParser.grade("x".repeat(1000) + "\nScore: 3", 5);

    assertThat(v.note()).hasSize(Verdict.MAX_NOTE_CHARS + 3).endsWith("...");
  }
}
