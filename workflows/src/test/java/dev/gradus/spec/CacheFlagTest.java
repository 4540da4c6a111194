package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.workflow.DatasetHandle;
import dev.gradus.workflow.EvaluationRequest;
import dev.gradus.workflow.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's {@code cache} flag, from YAML to the requests the activities receive. */
class CacheFlagTest {

  private static final String SPEC =
      """
      name: flag
      task:
        dataset: { simulated: sentiment }
      seedPrompt: "Classify."
      models:
        target: { provider: sim }
        optimizer: { provider: sim }
      strategy: { type: opro }
      %s
      """;

  private static final DatasetHandle DATA =
      new DatasetHandle(new DatasetSpec(null, "sentiment"), null, "fp", 10, 10, 10);

  @Test
  void theCacheIsOnUnlessTheSpecTurnsItOff() {
    RunSpec plain = SpecReader.parse(SPEC.formatted(""));
    RunSpec off = SpecReader.parse(SPEC.formatted("cache: false"));

    assertThat(plain.usesCache()).isTrue();
    assertThat(plain.withDefaults().cache()).isTrue();
    assertThat(off.usesCache()).isFalse();
    assertThat(plain.withoutCache().usesCache()).isFalse();
    assertThat(requests(plain)).allSatisfy(r -> assertThat(r.usesCache()).isTrue());
    assertThat(requests(off)).allSatisfy(r -> assertThat(r.usesCache()).isFalse());
  }

  @Test
  void aRequestFromARunStartedBeforeTheFlagUsesTheCache() {
    EvaluationRequest old = requests(SpecReader.parse(SPEC.formatted(""))).get(0);
    EvaluationRequest withoutFlag =
        new EvaluationRequest(
            old.dataset(),
            old.template(),
            old.metric(),
            old.target(),
            old.instruction(),
            old.demos(),
            old.split(),
            old.indices(),
            null,
            null,
            null);
    assertThat(withoutFlag.usesCache()).isTrue();
    assertThat(withoutFlag.samplesPerExample()).isEqualTo(1);
  }

  @Test
  void aFlagThatIsNotABooleanIsNamed() {
    assertThatThrownBy(() -> SpecReader.parse(SPEC.formatted("cache: sometimes")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("cache: must be true or false");
  }

  private static List<EvaluationRequest> requests(RunSpec spec) {
    return EvaluationRequest.chunked(
        spec.withDefaults(), DATA, "Classify.", List.of(), Split.VALIDATION, List.of(0, 1, 2));
  }
}
