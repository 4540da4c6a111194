package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.search.StrategyCatalog;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole run spec, given as a JSON tree, and returns every error found. Runs before a run
 * starts (in the CLI and the API) and again as the workflow's first step, for specs started from
 * other tools.
 */
public final class SpecValidator {

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  static final Set<String> TOP =
      Set.of(
          "name",
          "task",
          "seedPrompt",
          "models",
          "strategy",
          "evaluation",
          "budget",
          "seed",
          "continueAsNewEvery",
          "cache");
  static final List<String> SELECTIONS =
      List.of(
          EvaluationSpec.FULL,
          EvaluationSpec.SUCCESSIVE_HALVING,
          EvaluationSpec.SUCCESSIVE_REJECTS);

  private SpecValidator() {}

  public static List<SpecError> validate(JsonNode spec) {
    FieldChecks c = new FieldChecks();
    if (spec == null || !spec.isObject()) {
      c.error(
          "(document)",
          "must be a mapping of fields such as name, task, seedPrompt, models, strategy");
      return c.errors();
    }
    c.onlyKnown(spec, "", TOP);
    String name = c.string(spec, "", "name", true);
    if (name != null && !NAME.matcher(name).matches()) {
      c.error(
          "name", "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    TaskChecks.check(c, c.object(spec, "", "task", true));
    c.string(spec, "", "seedPrompt", true);
    JsonNode models = c.object(spec, "", "models", true);
    if (models != null) {
      c.onlyKnown(models, "models", Set.of("target", "optimizer"));
      ModelChecks.check(c, "models.target", c.object(models, "models", "target", true));
      ModelChecks.check(c, "models.optimizer", c.object(models, "models", "optimizer", true));
    }
    checkStrategy(c, c.object(spec, "", "strategy", true));
    checkDemosShown(c, spec);
    checkEvaluation(c, c.object(spec, "", "evaluation", false));
    checkBudget(c, c.object(spec, "", "budget", false));
    c.number(spec, "", "seed", Long.MIN_VALUE, Long.MAX_VALUE, true);
    c.number(spec, "", "continueAsNewEvery", 1, 1000, true);
    c.bool(spec, "", "cache");
    return c.errors();
  }

  private static void checkStrategy(FieldChecks c, JsonNode s) {
    if (s == null) {
      return;
    }
    String type = c.string(s, "strategy", "type", true);
    if (type == null) {
      return;
    }
    var entry = StrategyCatalog.find(type);
    if (entry.isEmpty()) {
      String available = String.join(", ", StrategyCatalog.available());
      c.error("strategy.type", "unknown strategy \"" + type + "\"; available: " + available);
      return;
    }
    for (var it = s.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equals("type")) {
        continue;
      }
      var param = entry.get().parameter(f);
      if (param.isEmpty()) {
        c.error(
            "strategy." + f,
            "unknown parameter of strategy \""
                + type
                + "\"; expected one of: "
                + String.join(
                    ", ", entry.get().parameters().stream().map(p -> p.name()).sorted().toList()));
      } else {
        c.number(s, "strategy", f, param.get().min(), param.get().max(), param.get().integer());
      }
    }
  }

  /**
   * Few-shot search only changes demonstrations, so a template without {@code {{demos}}} would
   * render every candidate the same as the seed and spend the budget on nothing.
   */
  private static void checkDemosShown(FieldChecks c, JsonNode spec) {
    JsonNode strategy = spec.get("strategy");
    JsonNode task = spec.get("task");
    if (strategy == null
        || !"fewshot".equals(strategy.path("type").asText())
        || task == null
        || !task.path("template").isTextual()) {
      return; // the default template shows {{demos}}
    }
    if (!task.path("template").asText().replace(" ", "").contains("{{demos}}")) {
      c.error(
          "task.template",
          "must contain {{demos}} for strategy \"fewshot\": the demonstrations it searches are"
              + " shown there");
    }
  }

  private static void checkEvaluation(FieldChecks c, JsonNode e) {
    if (e == null) {
      return;
    }
    c.onlyKnown(e, "evaluation", Set.of("minibatch", "selection", "samples"));
    c.number(e, "evaluation", "minibatch", 1, 100_000, true);
    c.number(e, "evaluation", "samples", 1, 100, true);
    String selection = c.string(e, "evaluation", "selection", false);
    if (selection != null && !SELECTIONS.contains(selection)) {
      c.error("evaluation.selection", "must be one of: " + String.join(", ", SELECTIONS));
    }
  }

  private static void checkBudget(FieldChecks c, JsonNode b) {
    if (b == null) {
      return;
    }
    c.onlyKnown(
        b, "budget", Set.of("generations", "maxCalls", "maxTokens", "maxCostUsd", "maxWallTime"));
    c.number(b, "budget", "generations", 1, 100_000, true);
    c.number(b, "budget", "maxCalls", 1, Long.MAX_VALUE, true);
    c.number(b, "budget", "maxTokens", 1, Long.MAX_VALUE, true);
    Double cost = c.number(b, "budget", "maxCostUsd", 0, Double.MAX_VALUE, false);
    if (cost != null && cost == 0) {
      c.error("budget.maxCostUsd", "must be > 0");
    }
    String wall = c.string(b, "budget", "maxWallTime", false);
    if (wall != null && WallTime.parse(wall).isEmpty()) {
      c.error(
          "budget.maxWallTime",
          "must be a duration such as 90s, 30m, 2h or 1d, not \"" + wall + "\"");
    }
  }
}
