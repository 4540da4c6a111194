package dev.gradus.activities.prompt;

import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's prompt template. {@code {{instruction}}} is the candidate's instruction, {@code
 * {{demos}}} its few-shot demonstrations, {@code {{input}}} the example's input, and any other
 * {@code {{name}}} the example's field of that name. Demonstrations are rendered with a demo
 * template, where {@code {{target}}} is also available; the main template may not use it, since
 * that would show the model the answer it is scored on.
 *
 * <p>Placeholder names are letters, digits, '_', '.' and '-', with optional spaces inside the
 * braces; anything else between double braces (say, a JSON sample) stays literal text. Values are
 * inserted in one pass, so braces inside an input are never expanded.
 */
public final class PromptTemplate {

  public static final String DEFAULT_DEMO_TEMPLATE = "Input: {{input}}\nOutput: {{target}}\n\n";

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([\\p{L}_][\\p{L}\\p{N}_.\\-]*)\\s*\\}\\}");
  private static final Set<String> MAIN_BUILTINS = Set.of("instruction", "demos", "input");
  private static final Set<String> DEMO_BUILTINS = Set.of("input", "target");

  private final String template;
  private final String demoTemplate;

  public PromptTemplate(String template) {
    this(template, DEFAULT_DEMO_TEMPLATE);
  }

  /**
   * @throws IllegalArgumentException when a template uses a placeholder where it is not allowed
   */
  public PromptTemplate(String template, String demoTemplate) {
    if (template == null || demoTemplate == null) {
      throw new IllegalArgumentException("task.template: must not be null");
    }
    if (placeholders(template).contains("target")) {
      throw new IllegalArgumentException(
          "task.template: {{target}} may be used only in"
              + " demonstrations; in the prompt it would give the model the answer");
    }
    if (placeholders(demoTemplate).contains("demos")) {
      throw new IllegalArgumentException("demo template: {{demos}} cannot appear inside a demo");
    }
    this.template = template;
    this.demoTemplate = demoTemplate;
  }

  /** The distinct placeholder names of a template, in order of first appearance. */
  public static List<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return List.copyOf(names);
  }

  public List<String> placeholders() {
    return placeholders(template);
  }

  /**
   * The prompt for one example.
   *
   * @param demos the demonstrations for {@code {{demos}}}, in order; may be empty
   * @throws IllegalArgumentException naming a placeholder the example (or a demo) has no field for
   */
  public String render(String instruction, List<Example> demos, Example example) {
    String shownDemos = placeholders().contains("demos") ? renderDemos(demos) : "";
    Map<String, String> builtins =
        Map.of(
            "instruction",
            instruction == null ? "" : instruction,
            "demos",
            shownDemos,
            "input",
            example.input());
    return fill(template, example, builtins);
  }

  /**
   * The demonstrations as the demo template renders them, concatenated; empty when there are none.
   */
  public String renderDemos(List<Example> demos) {
    StringBuilder text = new StringBuilder();
    for (Example demo : demos == null ? List.<Example>of() : demos) {
      text.append(fill(demoTemplate, demo, Map.of("input", demo.input(), "target", demo.target())));
    }
    return text.toString();
  }

  /**
   * The field placeholders of both templates that some of {@code examples} cannot fill, so a run
   * can be refused before it starts rather than fail on its first evaluation.
   */
  public List<UnfilledPlaceholder> unfilled(List<Example> examples) {
    Set<String> fieldNames = new LinkedHashSet<>();
    placeholders(template).stream()
        .filter(n -> !MAIN_BUILTINS.contains(n))
        .forEach(fieldNames::add);
    placeholders(demoTemplate).stream()
        .filter(n -> !DEMO_BUILTINS.contains(n))
        .forEach(fieldNames::add);
    List<UnfilledPlaceholder> unfilled = new ArrayList<>();
    for (String name : fieldNames) {
      List<Example> lacking = examples.stream().filter(e -> !e.fields().containsKey(name)).toList();
      if (!lacking.isEmpty()) {
        unfilled.add(
            new UnfilledPlaceholder(name, lacking.get(0).id(), lacking.size(), examples.size()));
      }
    }
    return unfilled;
  }

  /** Built-in values win over example fields of the same name. */
  private static String fill(String text, Example example, Map<String, String> builtins) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = builtins.getOrDefault(name, example.fields().get(name));
      if (value == null) {
        throw new IllegalArgumentException(
            ("template placeholder {{%s}} has no value:"
                    + " example \"%s\" has no field \"%s\" (its fields: %s)")
                .formatted(name, example.id(), name, example.fields().keySet()));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return template;
  }
}
