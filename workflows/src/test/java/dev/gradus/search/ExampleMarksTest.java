package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExampleMarksTest {

  @Test
  void oneMarkPerExampleInIndexOrder() {
    TreeMap<Integer, Double> scores = new TreeMap<>();
    scores.put(0, 1.0);
    scores.put(1, 0.0);
    scores.put(3, 0.55);
    scores.put(4, 0.999);
    scores.put(9, 1.0); // beyond the split: ignored

    assertThat(ExampleMarks.of(scores, 6)).isEqualTo("+0.59.");
  }

  @Test
  void comparesTheExamplesBothWereScoredOn() {
    ExampleMarks.Difference d = ExampleMarks.compare("+0+5.+", "00+7+.");

    assertThat(d.better()).containsExactly(0);
    assertThat(d.worse()).containsExactly(3);
    assertThat(ExampleMarks.compare(null, "++"))
        .isEqualTo(new ExampleMarks.Difference(List.of(), List.of()));
  }
}
