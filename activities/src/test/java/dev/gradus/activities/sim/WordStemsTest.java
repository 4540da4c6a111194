package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordStemsTest {

  @Test
  void inflectionsAndDerivationsShareAStem() {
    assertThat(stems("negation negated negating negations negate")).containsOnly("neg");
    assertThat(stems("calculate calculation calculating calculated")).containsOnly("calcul");
    assertThat(stems("compute computation computing")).containsOnly("comput");
    assertThat(stems("city cities")).containsOnly("city");
    assertThat(stems("lowercase lowercased")).containsOnly("lowercas");
  }

  @Test
  void keepsApartWordsWhoseMeaningDiffers() {
    assertThat(WordStems.stem("negative")).isNotEqualTo(WordStems.stem("negation"));
    assertThat(WordStems.stem("one")).isEqualTo("one");
  }

  @Test
  void splitsOnAnythingButLettersAndDigits() {
    assertThat(WordStems.of("Multi-word names, e.g. 'New York'!"))
        .containsExactly("multi", "word", "nam", "e", "g", "new", "york");
  }

  @Test
  void cuePhrasesMatchConsecutiveStemsOnly() {
    CueSet cues = CueSet.of("order of operations");
    assertThat(cues.matches(WordStems.of("Mind the order of operation."))).isTrue();
    assertThat(cues.matches(WordStems.of("Operations in order."))).isFalse();
  }

  private static List<String> stems(String words) {
    return WordStems.of(words);
  }
}
