package dev.gradus.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recurring re-optimization: the run spec to start again and again, and when.
 *
 * @param run the spec every scheduled run starts with, unchanged; its {@code name} names the
 *     schedule
 * @param every an interval (90s, 30m, 24h, 7d) counted from the schedule's creation; the first run
 *     starts at once
 * @param cron instead of {@code every}: a five-field Unix cron expression, in UTC
 * @param alpha significance level of the promotion rule (see {@link PromotionRule}); 0.05 if absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleSpec(RunSpec run, String every, String cron, Double alpha) {

  /** The id of a schedule's workflow: one schedule per spec name. */
  public static String workflowId(String name) {
    return "gradus-schedule-" + name;
  }

  public String name() {
    return run == null ? null : run.name();
  }

  public ScheduleSpec withDefaults() {
    return new ScheduleSpec(
        run.withDefaults(), every, cron, alpha == null ? PromotionRule.DEFAULT_ALPHA : alpha);
  }

  /**
   * Reads a schedule written in YAML or JSON: {@code run} (a run spec), {@code every} or {@code
   * cron}, and optionally {@code alpha}.
   *
   * @throws InvalidSpecException with every problem, each with its path ({@code run.strategy.type})
   */
  public static ScheduleSpec parse(String text) {
    JsonNode tree = SpecReader.readTree(text);
    List<SpecError> errors = new ArrayList<>();
    if (!tree.isObject()) {
      throw new InvalidSpecException(
          List.of(new SpecError("(document)", "must be a mapping of run, and every or cron")));
    }
    tree.fieldNames()
        .forEachRemaining(
            field -> {
              if (!Set.of("run", "every", "cron", "alpha").contains(field)) {
                errors.add(
                    new SpecError(field, "unknown field; expected run, every, cron or alpha"));
              }
            });
    RunSpec run = null;
    JsonNode runNode = tree.get("run");
    if (runNode != null && runNode.isObject()) {
      try {
        run = SpecReader.parse(runNode);
      } catch (InvalidSpecException e) {
        e.errors().stream()
            .map(error -> new SpecError("run." + error.path(), error.message()))
            .forEach(errors::add);
      }
    } else if (runNode != null) {
      errors.add(new SpecError("run", "must be a run spec (a mapping)"));
    }
    String every = text(tree, "every", errors);
    String cron = text(tree, "cron", errors);
    Double alpha = null;
    if (tree.has("alpha")) {
      if (tree.get("alpha").isNumber()) {
        alpha = tree.get("alpha").asDouble();
      } else {
        errors.add(new SpecError("alpha", "must be a number, e.g. 0.05"));
      }
    }
    ScheduleSpec spec = new ScheduleSpec(run, every, cron, alpha);
    // What was reported above (a run spec with errors, a field of the wrong type) once only.
    boolean runReported = runNode != null && run == null;
    Set<String> reported = errors.stream().map(SpecError::path).collect(Collectors.toSet());
    spec.validate().stream()
        .filter(error -> !(runReported && error.path().startsWith("run")))
        .filter(error -> !reported.contains(error.path()))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      throw new InvalidSpecException(errors);
    }
    return spec;
  }

  private static String text(JsonNode tree, String field, List<SpecError> errors) {
    JsonNode node = tree.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new SpecError(field, "must be a string"));
      return null;
    }
    return node.asText();
  }

  /** Every problem at once, each with its path ({@code run.budget.generations}, {@code every}). */
  public List<SpecError> validate() {
    List<SpecError> errors = new ArrayList<>();
    if (run == null) {
      errors.add(new SpecError("run", "required: the run spec to repeat"));
    } else {
      SpecReader.validate(run).stream()
          .map(e -> new SpecError("run." + e.path(), e.message()))
          .forEach(errors::add);
      String path =
          run.task() == null || run.task().dataset() == null ? null : run.task().dataset().path();
      if (path != null && !java.nio.file.Path.of(path).isAbsolute()) {
        errors.add(
            new SpecError(
                "run.task.dataset.path",
                "must be absolute for a schedule, which outlives any working directory"
                    + " (./gradus schedule resolves it against the spec file), got "
                    + path));
      }
      if (errors.isEmpty() && run.withDefaults().task().split().test() <= 0) {
        errors.add(
            new SpecError(
                "run.task.split.test",
                "must be > 0: a schedule promotes a prompt only on held-out test data"));
      }
    }
    if ((every == null) == (cron == null)) {
      errors.add(new SpecError("every", "give exactly one of every (an interval) or cron"));
    } else if (every != null) {
      ScheduleTiming.intervalProblem(every).ifPresent(m -> errors.add(new SpecError("every", m)));
    } else {
      ScheduleTiming.cronProblem(cron).ifPresent(m -> errors.add(new SpecError("cron", m)));
    }
    if (alpha != null && !(alpha > 0 && alpha < 1)) {
      errors.add(new SpecError("alpha", "must be > 0 and < 1, got " + alpha));
    }
    return errors;
  }
}
