package dev.gradus.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import java.util.ArrayList;
import java.util.List;

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
