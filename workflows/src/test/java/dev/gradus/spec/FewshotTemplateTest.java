package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A few-shot run needs a template that shows the demonstrations it searches. */
class FewshotTemplateTest {

  private static final String SPEC =
      """
      name: demos
      task:
        dataset: { simulated: sentiment }
        %s
      seedPrompt: "Classify."
      models:
        target: { provider: sim }
        optimizer: { provider: sim }
      strategy: { type: %s }
      """;

  @Test
  void fewshotRefusesATemplateWithoutDemos() {
    assertThatThrownBy(
            () ->
                SpecReader.parse(
                    SPEC.formatted("template: \"{{instruction}} {{input}}\"", "fewshot")))
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(
            e ->
                assertThat(((InvalidSpecException) e).errors())
                    .anySatisfy(
                        err -> assertThat(err.toString()).contains("task.template", "{{demos}}")));
  }

  @Test
  void fewshotAcceptsTheDefaultTemplateAndOtherStrategiesNeedNoDemos() {
    assertThat(SpecReader.parse(SPEC.formatted("", "fewshot")).strategy().type())
        .isEqualTo("fewshot");
    assertThat(
            SpecReader.parse(
                    SPEC.formatted("template: \"{{instruction}} {{ demos }}{{input}}\"", "fewshot"))
                .strategy()
                .type())
        .isEqualTo("fewshot");
    assertThat(
            SpecReader.parse(SPEC.formatted("template: \"{{instruction}} {{input}}\"", "opro"))
                .strategy()
                .type())
        .isEqualTo("opro");
  }
}
