package dev.gradus.workflow;

import dev.gradus.schedule.ScheduleRecord;
import dev.gradus.schedule.ScheduleResults;
import dev.gradus.search.Example;
import dev.gradus.spec.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fake activities over a toy task whose score rises with the "level" an instruction claims ("level
 * 3" scores 0.3 per example), and an optimizer that proposes one level above the best instruction
 * it is shown. Counts every simulated provider call, so tests can check the budget.
 */
public final class FakeTask
    implements DatasetActivities,
        LlmActivities,
        EvaluationActivities,
        ResultsActivities,
        ScheduleResults {

  static final Pattern LEVEL = Pattern.compile("level (\\d+)");

  /** The calls a failing evaluation says it paid for before its fault. */
  static final int CALLS_BEFORE_FAILING = 3;

  public final AtomicLong providerCalls = new AtomicLong();
  final AtomicLong evaluateStarts = new AtomicLong();
  public volatile long evaluationDelayMillis;

  /** Time each example's call takes. */
  volatile long exampleDelayMillis;

  /** Whether the run holds calls, as the real activities learn from the run: batches stop short. */
  volatile boolean holding;

  /** Evaluations that returned fewer results than asked. */
  final AtomicLong shortEvaluations = new AtomicLong();

  /** What the run sent to the results store, in order. */
  public final List<RunRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public void record(RunRecord record) {
    records.add(record);
  }

  /** What schedules sent to the results store, in order. */
  public final List<ScheduleRecord> scheduleRecords =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public void recordSchedule(ScheduleRecord record) {
    scheduleRecords.add(record);
  }

  /** After this many evaluation activities, each fails as a rejected key would (0: never). */
  volatile int failAuthAfterEvaluations;

  @Override
  public DatasetHandle prepare(TaskSpec task) {
    return new DatasetHandle(task.dataset(), task.split(), "fp", 20, 10, 6);
  }

  @Override
  public List<Example> examples(DatasetHandle dataset, Split split, List<Integer> indices) {
    return indices.stream().map(i -> new Example("e" + i, "input " + i, "target " + i)).toList();
  }

  @Override
  public Completion complete(CompletionRequest request) {
    String prompt = request.messages().get(request.messages().size() - 1).content();
    int best = 0;
    Matcher m = LEVEL.matcher(prompt);
    while (m.find()) {
      best = Math.max(best, Integer.parseInt(m.group(1)));
    }
    List<String> texts = new ArrayList<>();
    for (int s = 0; s < request.samples(); s++) {
      providerCalls.incrementAndGet();
      int level = Math.min(10, best + 1 + (request.firstSample() + s) % 2);
      texts.add(
          "Sure! <INS>Solve it at level "
              + level
              + " variant "
              + (request.firstSample() + s)
              + ".</INS>");
    }
    return new Completion(
        texts, new Usage(request.samples(), 0, 10L * request.samples(), 5L * request.samples(), 0));
  }

  @Override
  public EvaluationResult evaluate(EvaluationRequest request) {
    long starts = evaluateStarts.incrementAndGet();
    if (failAuthAfterEvaluations > 0 && starts > failAuthAfterEvaluations) {
      // As the real activity does: the calls it paid for before the fault travel with the failure.
      providerCalls.addAndGet(CALLS_BEFORE_FAILING);
      throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
          "openai model sim-target: HTTP 401: invalid API key",
          ErrorType.PROVIDER_AUTH.name(),
          new Usage(CALLS_BEFORE_FAILING, 0, 0, 0, 0));
    }
    sleep(evaluationDelayMillis);
    Matcher m = LEVEL.matcher(request.instruction().toLowerCase(Locale.ROOT));
    double score = m.find() ? Math.min(1.0, Integer.parseInt(m.group(1)) / 10.0) : 0.0;
    List<ExampleResult> results = new ArrayList<>();
    for (int i : request.indices()) {
      if (holding) {
        shortEvaluations.incrementAndGet();
        break;
      }
      sleep(exampleDelayMillis);
      providerCalls.addAndGet(request.samplesPerExample());
      results.add(new ExampleResult(i, score, null, null));
    }
    int n = results.size() * request.samplesPerExample();
    return new EvaluationResult(results, new Usage(n, 0, 20L * n, 2L * n, 0.001 * n));
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
