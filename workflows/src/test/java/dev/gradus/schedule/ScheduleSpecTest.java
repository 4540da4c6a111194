package dev.gradus.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.DatasetSpec;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SplitSpec;
import dev.gradus.spec.TaskSpec;
import dev.gradus.workflow.Specs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleSpecTest {

  private static final Instant CREATED = Instant.parse("2026-11-23T14:20:00Z");

  @Test
  void anIntervalFiresAtOnceThenEveryPeriodFromCreation() {
    ScheduleTiming t =
        ScheduleTiming.of(new ScheduleSpec(Specs.opro(2, "", ""), "24h", null, null), CREATED);
    assertThat(t.first()).isEqualTo(CREATED);
    assertThat(t.nextAfter(CREATED)).isEqualTo(Instant.parse("2026-11-24T14:20:00Z"));
    // After a long pause the next time is the first slot after now, not every slot missed.
    assertThat(t.nextAfter(Instant.parse("2026-11-27T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T14:20:00Z"));
  }

  @Test
  void cronFiresAtTheNextMatchingTimeInUtc() {
    ScheduleTiming t =
        ScheduleTiming.of(
            new ScheduleSpec(Specs.opro(2, "", ""), null, "0 3 * * 1", null), CREATED);
    // 2026-11-23 is a Monday after 03:00, so the next Monday.
    assertThat(t.first()).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
    assertThat(t.nextAfter(t.first())).isEqualTo(Instant.parse("2026-12-07T03:00:00Z"));
  }

  @Test
  void aScheduleReadsFromYamlWithItsRunSpecNested() {
    String run = dev.gradus.spec.SpecReader.toJson(Specs.opro(2, "", ""));
    ScheduleSpec spec =
        ScheduleSpec.parse("{\"cron\": \"0 3 * * *\", \"alpha\": 0.1, \"run\": " + run + "}");

    assertThat(spec.cron()).isEqualTo("0 3 * * *");
    assertThat(spec.alpha()).isEqualTo(0.1);
    assertThat(spec.run()).isEqualTo(Specs.opro(2, "", ""));
  }

  @Test
  void aScheduleDocumentNamesEachProblemOnce() {
    String run = dev.gradus.spec.SpecReader.toJson(Specs.opro(2, "", "")).replace("opro", "oprah");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ScheduleSpec.parse(
                    "{\"every\": 5, \"alpha\": \"low\", \"colour\": 1, \"run\": " + run + "}"))
        .isInstanceOfSatisfying(
            dev.gradus.spec.InvalidSpecException.class,
            e ->
                assertThat(e.errors())
                    .extracting(SpecError::path)
                    .containsExactlyInAnyOrder("colour", "run.strategy.type", "every", "alpha"));
  }

  @Test
  void everyProblemIsNamedWithItsPath() {
    assertThat(new ScheduleSpec(Specs.opro(2, "", ""), "24h", "0 3 * * *", 1.5).validate())
        .extracting(SpecError::toString)
        .containsExactly(
            "every: give exactly one of every (an interval) or cron",
            "alpha: must be > 0 and < 1, got 1.5");
    assertThat(new ScheduleSpec(Specs.opro(2, "", ""), "daily", null, null).validate())
        .extracting(SpecError::toString)
        .containsExactly("every: must be a duration such as 90s, 30m, 24h or 7d, got \"daily\"");
    assertThat(new ScheduleSpec(Specs.opro(2, "", ""), "500ms", null, null).validate())
        .extracting(SpecError::path)
        .containsExactly("every");
    assertThat(new ScheduleSpec(Specs.opro(2, "", ""), null, "61 * * * *", null).validate())
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).startsWith("cron: must be a five-field cron"));
    assertThat(new ScheduleSpec(Specs.opro(2, "", ""), null, "0 0 30 2 *", null).validate())
        .extracting(SpecError::toString)
        .containsExactly("cron: never matches a date (\"0 0 30 2 *\"), so it would never run");
    assertThat(new ScheduleSpec(null, "1h", null, null).validate())
        .extracting(SpecError::path)
        .containsExactly("run");
  }

  @Test
  void runSpecErrorsCarryTheRunPrefixAndATestSplitIsRequired() {
    RunSpec run = Specs.opro(2, "", "");
    RunSpec noGenerations = run.withBudget(new BudgetSpec(0, null, null, null, null));
    assertThat(new ScheduleSpec(noGenerations, "1h", null, null).validate())
        .extracting(SpecError::path)
        .containsExactly("run.budget.generations");
    RunSpec noTest =
        withTask(
            run,
            new TaskSpec(
                run.task().dataset(),
                new SplitSpec(0.6, 0.4, 0.0, null),
                run.task().template(),
                run.task().metric()));
    assertThat(new ScheduleSpec(noTest, "1h", null, null).validate())
        .extracting(SpecError::toString)
        .containsExactly(
            "run.task.split.test: must be > 0: a schedule promotes a prompt only on held-out test"
                + " data");
    assertThat(new ScheduleSpec(run.withDefaults(), "1h", null, null).validate()).isEmpty();
    RunSpec relative =
        withTask(
            run,
            new TaskSpec(
                new DatasetSpec("data/sentiment.jsonl", null),
                null,
                run.task().template(),
                run.task().metric()));
    assertThat(new ScheduleSpec(relative, "1h", null, null).validate())
        .extracting(SpecError::path)
        .contains("run.task.dataset.path");
  }

  private static RunSpec withTask(RunSpec run, TaskSpec task) {
    return new RunSpec(
        run.name(),
        task,
        run.seedPrompt(),
        run.models(),
        run.strategy(),
        run.evaluation(),
        run.budget(),
        run.seed(),
        run.continueAsNewEvery(),
        run.cache());
  }
}
