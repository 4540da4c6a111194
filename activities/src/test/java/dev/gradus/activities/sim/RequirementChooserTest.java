package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.sim.Evidence.SeenError;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementChooserTest {

  private final SimulatedTask arithmetic = SimulatedTasks.byName("arithmetic").orElseThrow();
  private final SimulatedCase negative =
      arithmetic.cases().stream()
          .filter(c -> c.needs().contains("sign") && !c.needs().contains("precedence"))
          .findFirst()
          .orElseThrow();

  @Test
  void anErrorIsExplainedByTheMistakeThatProducesIt() {
    String expected = negative.example().target();
    SeenError droppedSign = new SeenError(negative, expected, expected.substring(1));
    SeenError wordy = new SeenError(negative, expected, "The answer is " + expected + ".");
    SeenError wordyAndUnsigned =
        new SeenError(negative, expected, "Answer: " + expected.substring(1));

    assertThat(RequirementChooser.explains(requirement("sign"), droppedSign)).isTrue();
    assertThat(RequirementChooser.explains(requirement("format"), droppedSign)).isFalse();
    assertThat(RequirementChooser.explains(requirement("format"), wordy)).isTrue();
    assertThat(RequirementChooser.explains(requirement("sign"), wordy)).isFalse();
    assertThat(RequirementChooser.explains(requirement("sign"), wordyAndUnsigned)).isTrue();
    // An example that does not need a requirement cannot be wrong for want of it.
    assertThat(RequirementChooser.explains(requirement("precedence"), droppedSign)).isFalse();
  }

  @Test
  void explainedErrorsOutweighBlindChoice() {
    String expected = negative.example().target();
    Evidence evidence =
        new Evidence(
            List.of(),
            List.of(new SeenError(negative, expected, expected.substring(1))),
            List.of());
    double sign = RequirementChooser.weight(arithmetic, requirement("sign"), evidence);
    double separators = RequirementChooser.weight(arithmetic, requirement("separators"), evidence);
    assertThat(sign).isGreaterThan(separators * 5);
  }

  private Requirement requirement(String id) {
    return arithmetic.requirement(id).orElseThrow();
  }
}
