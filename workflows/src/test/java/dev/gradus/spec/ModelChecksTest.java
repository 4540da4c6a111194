package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The {@code models.*} entries: which providers exist, and what each accepts. */
class ModelChecksTest {

  private static final String SPEC =
      """
      name: models
      task:
        dataset: { simulated: sentiment }
      seedPrompt: "Classify."
      models:
        target: %s
        optimizer: { provider: sim }
      strategy: { type: opro }
      """;

  @Test
  void acceptsTheAnthropicProvider() {
    RunSpec spec =
        SpecReader.parse(
            SPEC.formatted(
                "{ provider: anthropic, model: claude-sonnet-4-0, temperature: 1, maxTokens: 64 }"));

    assertThat(spec.models().target())
        .isEqualTo(new ModelSpec("anthropic", "claude-sonnet-4-0", 1.0, 64));
  }

  @Test
  void anthropicNeedsAModelAndATemperatureAtMostOne() {
    assertThat(errors("{ provider: anthropic, temperature: 1.5 }"))
        .containsExactlyInAnyOrder(
            new SpecError("models.target.model", "is required"),
            new SpecError("models.target.temperature", "must be <= 1 for provider anthropic"));
  }

  @Test
  void openAiKeepsItsWiderTemperatureRange() {
    assertThat(
            SpecReader.parse(
                    SPEC.formatted("{ provider: openai, model: gpt-4o, temperature: 1.5 }"))
                .models()
                .target()
                .temperature())
        .isEqualTo(1.5);
  }

  @Test
  void anUnknownProviderListsTheAvailableOnes() {
    assertThat(errors("{ provider: gemini, model: gemini-pro }"))
        .containsExactly(
            new SpecError(
                "models.target.provider",
                "unknown provider \"gemini\"; expected one of: openai, anthropic, sim"));
  }

  private static java.util.List<SpecError> errors(String target) {
    return catchThrowableOfType(
            InvalidSpecException.class, () -> SpecReader.parse(SPEC.formatted(target)))
        .errors();
  }
}
