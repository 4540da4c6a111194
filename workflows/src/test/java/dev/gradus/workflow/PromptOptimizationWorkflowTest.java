package dev.gradus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.gradus.search.ScoreComparison;
import dev.gradus.search.ScoreInterval;
import dev.gradus.search.ScoreStatistics;
import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.RawValue;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromptOptimizationWorkflowTest {

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private final FakeTask fake = new FakeTask();

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(PromptOptimizationWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private PromptOptimizationWorkflow stub(String id) {
    return client.newWorkflowStub(
        PromptOptimizationWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
            .setWorkflowId(id)
            .build());
  }

  @Test
  void runClimbsFromTheSeedAndReportsTestScoresAndExactUsage() {
    RunReport report = stub("climb").run(Specs.opro(4, "", ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.stopReason()).isEqualTo("generations");
    assertThat(report.generations()).hasSize(4);
    assertThat(report.seed().validationScore()).isEqualTo(0.0);
    assertThat(report.best().validationScore()).isGreaterThanOrEqualTo(0.5);
    assertThat(report.best().testScore())
        .isCloseTo(report.best().validationScore(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(report.seed().testExamples()).isEqualTo(6);
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
    assertThat(report.lineage()).last().extracting(c -> c.id()).isEqualTo(report.best().id());
    assertThat(report.lineage().get(0).operation()).isEqualTo("seed");
    assertThat(report.generations()).extracting(GenerationSummary::bestScore).isSorted();
  }

  @Test
  void theRunIsRecordedAtItsStartAfterItsSeedAfterEachGenerationAndAtItsEnd() {
    RunSpec spec = Specs.opro(3, "", "");
    RunReport report = stub("recorded").run(spec, null);

    assertThat(fake.records).hasSize(1 + 1 + 3 + 1);
    RunRecord first = fake.records.get(0);
    assertThat(first.spec()).isEqualTo(spec.withDefaults());
    assertThat(first.report().status()).isEqualTo(RunStatus.RUNNING);
    assertThat(first.report().generation()).isZero();
    assertThat(fake.records.subList(1, fake.records.size()))
        .allSatisfy(r -> assertThat(r.spec()).isNull());
    assertThat(fake.records.get(1).report().seed()).isNotNull();
    assertThat(fake.records.subList(2, 5))
        .extracting(r -> r.report().generation())
        .containsExactly(1, 2, 3);
    RunRecord last = fake.records.get(fake.records.size() - 1);
    assertThat(last.report()).isEqualTo(report);
    assertThat(fake.records)
        .extracting(RunRecord::startedAtMillis)
        .allSatisfy(t -> assertThat(t).isPositive());
  }

  @Test
  void everyScoreCarriesAnIntervalAndTheBestIsComparedWithTheSeedExampleByExample() {
    RunReport report = stub("intervals").run(Specs.opro(4, "", ""), null);

    // The fake scores every example of a candidate alike: the seed 0 everywhere (a proportion,
    // so Wilson), the best its level as a fraction (so a bootstrap, with no spread to show).
    assertThat(report.seed().validationInterval()).isEqualTo(ScoreStatistics.wilson(0, 10));
    assertThat(report.seed().testInterval()).isEqualTo(ScoreStatistics.wilson(0, 6));
    ScoreInterval best = report.best().testInterval();
    assertThat(best.method()).isEqualTo(ScoreInterval.BOOTSTRAP);
    assertThat(best.low()).isCloseTo(report.best().testScore(), offset(1e-9));
    assertThat(best.high()).isCloseTo(report.best().testScore(), offset(1e-9));
    assertThat(report.best().validationInterval()).isNotNull();
    assertThat(report.generations()).allSatisfy(g -> assertThat(g.bestInterval()).isNotNull());

    ScoreComparison gain = report.improvement();
    assertThat(gain.examples()).isEqualTo(6);
    assertThat(gain.difference())
        .isCloseTo(report.best().testScore() - report.seed().testScore(), offset(1e-9));
    assertThat(gain.interval().method()).isEqualTo(ScoreInterval.PAIRED_BOOTSTRAP);
    assertThat(gain.significant()).isTrue();
    // The test split is scored once for each of the two, and no more.
    assertThat(report.seed().testExamples()).isEqualTo(6);
  }

  @Test
  void everyScoredCandidateKeepsItsResultExampleByExample() {
    RunReport report = stub("per-example").run(Specs.opro(4, "", ""), null);

    // The seed is wrong everywhere; each candidate's marks agree with its score.
    assertThat(report.seed().testResults()).isEqualTo("000000");
    assertThat(report.best().testResults()).hasSize(6).doesNotContain(".");
    assertThat(report.lineage().get(0).results()).isEqualTo("0000000000");
    assertThat(report.leaderboard())
        .allSatisfy(
            c -> {
              assertThat(c.results()).hasSize(10);
              double fromMarks =
                  c.results().chars().mapToDouble(m -> m == '+' ? 1 : (m - '0') / 10.0).sum();
              assertThat(fromMarks / c.evaluated()).isCloseTo(c.score(), offset(0.1));
            });
  }

  @Test
  void callBudgetIsNeverExceededAndStopsTheRunGracefully() {
    RunReport report = stub("budget").run(Specs.opro(50, ", maxCalls: 70", ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.stopReason()).isEqualTo("maxCalls");
    assertThat(fake.providerCalls.get()).isLessThanOrEqualTo(70);
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
    assertThat(report.best().testScore()).isNotNull();
  }

  @Test
  void tokenBudgetStopsTheRunAtTheNextStep() {
    RunReport report = stub("tokens").run(Specs.opro(50, ", maxTokens: 2000", ""), null);

    assertThat(report.stopReason()).isEqualTo("maxTokens");
    assertThat(report.generations().size()).isLessThan(50);
    assertThat(report.best().testScore()).isNotNull();
  }

  @Test
  void successiveHalvingFindsTheSameBestWithFewerCalls() {
    RunReport full = stub("full").run(Specs.opro(4, "", ""), null);
    long fullCalls = fake.providerCalls.getAndSet(0);
    RunReport halving =
        stub("halving")
            .run(
                Specs.opro(4, "", "evaluation: { minibatch: 2, selection: successive_halving }"),
                null);

    assertThat(halving.best().validationScore()).isEqualTo(full.best().validationScore());
    assertThat(halving.usage().calls()).isEqualTo(fake.providerCalls.get());
    assertThat(halving.usage().calls()).isLessThan(fullCalls);
  }

  @Test
  void successiveRejectsFindsTheSameBestWithAtMostSeventyPercentOfTheCalls() {
    RunReport full = stub("sr-full").run(Specs.opro(4, 8, "", ""), null);
    long fullCalls = fake.providerCalls.getAndSet(0);
    RunReport rejects =
        stub("sr").run(Specs.opro(4, 8, "", "evaluation: { selection: successive_rejects }"), null);

    assertThat(rejects.best().validationScore()).isEqualTo(full.best().validationScore());
    assertThat(rejects.best().validationExamples()).isEqualTo(10);
    assertThat(rejects.usage().calls()).isEqualTo(fake.providerCalls.get());
    assertThat((double) rejects.usage().calls()).isLessThanOrEqualTo(0.7 * fullCalls);
  }

  @Test
  void samplesMultiplyTheCallsOfEveryScoredExampleAndTheBudgetCountsThem() {
    RunReport once = stub("one-sample").run(Specs.opro(3, "", ""), null);
    RunReport thrice =
        stub("three-samples").run(Specs.opro(3, "", "evaluation: { samples: 3 }"), null);

    // 10 validation examples for the seed, 2 proposals of 10 for each of 3 generations, 6 test
    // examples for the best and the seed: 82 examples, and 6 optimizer calls.
    assertThat(once.usage().calls()).isEqualTo(82 + 6);
    assertThat(thrice.usage().calls()).isEqualTo(3 * 82 + 6);
    assertThat(thrice.best().validationScore()).isEqualTo(once.best().validationScore());

    fake.providerCalls.set(0);
    RunReport capped =
        stub("three-samples-capped")
            .run(Specs.opro(3, ", maxCalls: 200", "evaluation: { samples: 3 }"), null);
    // Two generations of 62 calls fit beside the seed's 30 and the 36 held for the test scores;
    // the third can pay for its proposals but not for scoring one of them on 30 calls.
    assertThat(capped.usage().calls()).isEqualTo(fake.providerCalls.get()).isEqualTo(192);
    assertThat(capped.generations())
        .extracting(GenerationSummary::calls)
        .containsExactly(62L, 62L, 2L);
    assertThat(capped.best().testExamples()).as("the test scoring was held back").isEqualTo(6);
  }

  @Test
  void permanentProviderErrorEndsTheRunAsFailedWithTheReasonAndTheBestSoFar() {
    fake.failAuthAfterEvaluations = 4;
    RunReport report = stub("auth").run(Specs.opro(10, "", ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.FAILED);
    assertThat(report.stopReason()).isEqualTo("error");
    assertThat(report.error()).contains("HTTP 401");
    assertThat(report.best()).isNotNull();
    assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
    assertThat(fake.evaluateStarts.get()).as("a permanent error is not retried").isEqualTo(5);
  }

  @Test
  void aFailedRunCountsTheCallsItsFailedActivityPaidFor() {
    // One proposal per generation, so no other evaluation is in flight when the fifth fails.
    fake.failAuthAfterEvaluations = 4;
    RunReport report = stub("auth-usage").run(Specs.opro(10, 1, "", ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.FAILED);
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
  }

  @Test
  void budgetTooSmallForTheSeedFailsBeforeAnyCall() {
    assertThatThrownBy(() -> stub("tiny").run(Specs.opro(3, ", maxCalls: 5", ""), null))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .isInstanceOf(ApplicationFailure.class)
        .hasMessageContaining("budget.maxCalls");
    assertThat(fake.providerCalls.get()).isZero();
  }

  @Test
  void aCostLimitIsNeverExceededBecauseCallsInFlightAreReservedFirst() {
    // Each target call costs $0.001: the seed's 10 and the report's 12 leave 28 for the search,
    // one generation of 2 candidates x 10 examples and no second one.
    RunReport report = stub("cost").run(Specs.opro(50, ", maxCostUsd: 0.05", ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.stopReason()).isEqualTo("maxCostUsd");
    assertThat(report.usage().costUsd()).isLessThanOrEqualTo(0.05 + 1e-9);
    assertThat(report.best().testScore()).as("the report was still paid for").isNotNull();
    assertThat(report.generations()).hasSize(1);
  }

  @Test
  void pausedRunStartsNoCallsUntilResumed() {
    fake.evaluationDelayMillis = 50;
    PromptOptimizationWorkflow run = stub("pause");
    WorkflowClient.start(run::run, Specs.opro(6, "", ""), null);
    run.pause();
    RunReport paused = run.progress();
    assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
    long before = fake.providerCalls.get();
    env.sleep(Duration.ofHours(12));
    assertThat(fake.providerCalls.get()).isLessThanOrEqualTo(before + 20);
    long settled = fake.providerCalls.get();
    int events = client.fetchHistory("pause").getHistory().getEventsCount();
    env.sleep(Duration.ofDays(3));
    assertThat(fake.providerCalls.get()).isEqualTo(settled);
    assertThat(client.fetchHistory("pause").getHistory().getEventsCount())
        .as("a paused run's history does not grow")
        .isEqualTo(events);
    assertThat(fake.records)
        .as("the pause reached the results store at once")
        .last()
        .extracting(r -> r.report().status())
        .isEqualTo(RunStatus.PAUSED);
    run.resume();
    RunReport done = WorkflowStub.fromTyped(run).getResult(RunReport.class);
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.generations()).hasSize(6);
    assertThat(fake.records)
        .extracting(r -> r.report().status())
        .containsSubsequence(RunStatus.PAUSED, RunStatus.RUNNING, RunStatus.COMPLETED);
  }

  @Test
  void aPauseCutsBatchesShortAndTheRunAsksForTheRestOnceResumed() throws Exception {
    fake.exampleDelayMillis = 10;
    PromptOptimizationWorkflow run = stub("cut");
    WorkflowClient.start(run::run, Specs.opro(3, "", ""), null);
    while (fake.providerCalls.get() < 3) {
      Thread.sleep(2);
    }
    fake.holding = true;
    run.pause();
    assertThat(run.holdsCalls()).isTrue();
    while (fake.shortEvaluations.get() == 0) {
      Thread.sleep(2);
    }
    Thread.sleep(200);
    long settled = fake.providerCalls.get();
    env.sleep(Duration.ofDays(1));
    assertThat(fake.providerCalls.get()).as("no calls while paused").isEqualTo(settled);

    fake.holding = false;
    run.resume();
    assertThat(run.holdsCalls()).isFalse();
    RunReport done = WorkflowStub.fromTyped(run).getResult(RunReport.class);
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.generations()).hasSize(3);
    assertThat(run.leaderboard())
        .as("every candidate was scored on the whole validation split despite the cut")
        .allSatisfy(c -> assertThat(c.evaluated()).isEqualTo(10));
    assertThat(done.seed().validationExamples()).isEqualTo(10);
    assertThat(done.usage().calls()).isEqualTo(fake.providerCalls.get());
  }

  @Test
  void cancelFinishesTheStepAndReturnsTheBestSoFar() {
    fake.evaluationDelayMillis = 20;
    PromptOptimizationWorkflow run = stub("cancel");
    WorkflowClient.start(run::run, Specs.opro(200, "", ""), null);
    WorkflowStub untyped = WorkflowStub.fromTyped(run);
    while (run.progress().generation() < 2) {
      env.sleep(Duration.ofSeconds(1));
    }
    untyped.cancel();
    RunReport report = new RunLookup(client).finalReport("cancel");
    assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(report.stopReason()).isEqualTo("cancelled");
    assertThat(report.generation()).isBetween(2, 199);
    assertThat(report.best().testScore()).isNotNull();
  }

  @Test
  void longRunContinuesAsNewAndKeepsItsState() {
    RunReport report = stub("can").run(Specs.opro(7, "", "continueAsNewEvery: 2"), null);

    assertThat(report.generations()).hasSize(7);
    assertThat(report.generations())
        .extracting(GenerationSummary::generation)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
    var first = client.fetchHistory("can", null);
    // The last run's history is fetched by default; walk back to check that the chain exists.
    assertThat(
            first
                .getEvents()
                .get(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getContinuedExecutionRunId())
        .isNotEmpty();
    assertThat(first.getEvents())
        .noneMatch(
            e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
  }

  @Test
  void invalidSpecFromAnotherToolFailsFastNamingEveryField() {
    String json =
        """
        {"name": "bad name!", "task": {"dataset": {"simulated": "toy"}, "template": "no placeholders"},
         "seedPrompt": "x", "models": {"target": {"provider": "nope"}, "optimizer": {"provider": "sim"}},
         "strategy": {"type": "opro", "proposals": 0}}
        """;
    WorkflowStub untyped =
        client.newUntypedWorkflowStub(
            PromptOptimizationWorkflow.TYPE,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                .setWorkflowId("bad")
                .build());
    untyped.start(rawJson(json));
    assertThatThrownBy(() -> untyped.getResult(RunReport.class))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .hasMessageContaining("name:")
        .hasMessageContaining("task.template: must contain {{instruction}}")
        .hasMessageContaining("models.target.provider")
        .hasMessageContaining("strategy.proposals: must be >= 1");
  }

  @Test
  void rawJsonSpecAsTheTemporalCliSendsItRunsToCompletion() {
    String json =
        """
        {"name": "cli", "task": {"dataset": {"simulated": "toy"}, "template": "{{instruction}} {{input}}"},
         "seedPrompt": "Solve it.", "models": {"target": {"provider": "sim"}, "optimizer": {"provider": "sim"}},
         "strategy": {"type": "ape", "candidates": 3, "keep": 2}, "budget": {"generations": 2}}
        """;
    WorkflowStub untyped =
        client.newUntypedWorkflowStub(
            PromptOptimizationWorkflow.TYPE,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                .setWorkflowId("cli")
                .build());
    untyped.start(rawJson(json));
    RunReport report = untyped.getResult(RunReport.class);
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.strategy()).isEqualTo("ape");
    assertThat(report.generations()).hasSize(2);
    assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
  }

  /** A payload exactly as `temporal workflow start --input-file spec.json` sends it. */
  static RawValue rawJson(String json) {
    return new RawValue(
        io.temporal.api.common.v1.Payload.newBuilder()
            .putMetadata("encoding", com.google.protobuf.ByteString.copyFromUtf8("json/plain"))
            .setData(com.google.protobuf.ByteString.copyFrom(json, StandardCharsets.UTF_8))
            .build());
  }
}
