package dev.gradus.activities.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import dev.gradus.spec.TaskSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

  private static final Example FILM =
      new Example(
          "s/9",
          "A dull, lifeless film.",
          "negative",
          List.of("negative"),
          Map.of("source", "rotten tomatoes", "year", "2003"));
  private static final List<Example> DEMOS =
      List.of(
          new Example("s/1", "Loved it.", "positive"), new Example("s/2", "Awful.", "negative"));

  @Test
  void rendersTheDefaultTemplateWithDemos() {
    PromptTemplate template = new PromptTemplate(TaskSpec.DEFAULT_TEMPLATE);

    String prompt = template.render("Classify the sentiment.", DEMOS, FILM);

    assertThat(prompt)
        .isEqualTo(
            """
            Classify the sentiment.

            Input: Loved it.
            Output: positive

            Input: Awful.
            Output: negative

            Input: A dull, lifeless film.
            Output:\
            """);
  }

  @Test
  void demosRenderAsNothingWhenThereAreNone() {
    PromptTemplate template = new PromptTemplate(TaskSpec.DEFAULT_TEMPLATE);

    assertThat(template.render("Classify.", List.of(), FILM))
        .isEqualTo("Classify.\n\nInput: A dull, lifeless film.\nOutput:");
    assertThat(template.renderDemos(null)).isEmpty();
  }

  @Test
  void fillsExampleFieldsAndToleratesSpacesInsideBraces() {
    PromptTemplate template =
        new PromptTemplate("{{ instruction }}\nSource: {{source}} ({{ year }})" + "\n{{input}}");

    assertThat(template.render("Judge it.", List.of(), FILM))
        .isEqualTo("Judge it.\nSource: rotten tomatoes (2003)\nA dull, lifeless film.");
  }

  @Test
  void customDemoTemplateMayUseTargetAndFields() {
    PromptTemplate template =
        new PromptTemplate(
            "{{demos}}Q: {{input}}\nA:", "Q: {{input}} [{{year}}]\nA: {{target}}\n---\n");
    Example demo =
        new Example("d", "Great.", "positive", List.of("positive"), Map.of("year", "1999"));

    assertThat(template.render("", List.of(demo), FILM))
        .isEqualTo("Q: Great. [1999]\nA: positive\n---\nQ: A dull, lifeless film.\nA:");
  }

  @Test
  void valuesAreInsertedLiterallyNeverExpandedAgain() {
    Example tricky = new Example("t", "echo {{instruction}} and $1 \\n", "x");
    PromptTemplate template = new PromptTemplate("{{instruction}}: {{input}}");

    assertThat(template.render("Repeat", List.of(), tricky))
        .isEqualTo("Repeat: echo {{instruction}} and $1 \\n");
  }

  @Test
  void listsPlaceholdersInOrderOnceEachAndLeavesJsonBracesAlone() {
    PromptTemplate template =
        new PromptTemplate(
            "{{instruction}} {{input}} {{ source }} {{input}} Reply as {{\"label\": \"...\"}}");

    assertThat(template.placeholders()).containsExactly("instruction", "input", "source");
    assertThat(template.render("Go", List.of(), FILM)).endsWith("Reply as {{\"label\": \"...\"}}");
  }

  @Test
  void aMissingFieldAtRenderTimeNamesThePlaceholderAndTheExample() {
    PromptTemplate template = new PromptTemplate("{{instruction}} {{input}} {{context}}");

    assertThatThrownBy(() -> template.render("Go", List.of(), FILM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "template placeholder {{context}} has no value: example \"s/9\" has no field"
                + " \"context\" (its fields: [source, year])");
  }

  @Test
  void unfilledReportsEachMissingFieldWithTheFirstExampleLackingIt() {
    PromptTemplate template =
        new PromptTemplate(
            "{{instruction}} {{input}} {{source}} {{topic}}", "{{input}} {{year}} -> {{target}}\n");
    List<Example> examples = List.of(FILM, DEMOS.get(0), DEMOS.get(1));

    List<UnfilledPlaceholder> unfilled = template.unfilled(examples);

    assertThat(unfilled)
        .containsExactly(
            new UnfilledPlaceholder("source", "s/1", 2, 3),
            new UnfilledPlaceholder("topic", "s/9", 3, 3),
            new UnfilledPlaceholder("year", "s/1", 2, 3));
    assertThat(unfilled.get(0).message())
        .isEqualTo(
            "template placeholder {{source}} has no field"
                + " \"source\" in example \"s/1\" (missing in 2 of 3 examples)");
    assertThat(new PromptTemplate(TaskSpec.DEFAULT_TEMPLATE).unfilled(examples)).isEmpty();
  }

  @Test
  void targetIsRefusedOutsideDemosBecauseItWouldLeakTheAnswer() {
    assertThatThrownBy(() -> new PromptTemplate("{{input}} => {{ target }}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{{target}} may be used only in demonstrations");
    assertThatThrownBy(() -> new PromptTemplate("{{demos}}", "{{demos}}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
