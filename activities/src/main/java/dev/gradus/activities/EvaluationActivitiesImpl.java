package dev.gradus.activities;

import dev.gradus.activities.dataset.DatasetException;
import dev.gradus.activities.dataset.SplitDataset;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.metric.Metric;
import dev.gradus.activities.metric.MetricResult;
import dev.gradus.activities.metric.Metrics;
import dev.gradus.activities.prompt.PromptTemplate;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.workflow.ErrorType;
import dev.gradus.workflow.EvaluationActivities;
import dev.gradus.workflow.EvaluationRequest;
import dev.gradus.workflow.EvaluationResult;
import dev.gradus.workflow.ExampleResult;
import dev.gradus.workflow.Usage;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a prompt on examples with the target model, and the judge models when the metric has them.
 * Results are heartbeated as they come, so an attempt that is retried (after a crash, or a provider
 * fault) pays only for what is left. A provider fault is never scored: it fails the attempt,
 * carrying the usage it paid for.
 */
@ApplicationScoped
public class EvaluationActivitiesImpl implements EvaluationActivities {

  /** Outputs kept for feedback are cut to this length to keep payloads small. */
  static final int MAX_OUTPUT_CHARS = 300;

  @Inject DatasetSource source;
  @Inject ProviderCalls calls;
  @Inject RunHold hold;

  @Override
  public EvaluationResult evaluate(EvaluationRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    EvaluationResult done =
        context
            .getHeartbeatDetails(EvaluationResult.class)
            .orElse(new EvaluationResult(List.of(), Usage.NONE));
    SplitDataset data;
    try {
      data = source.split(request.dataset());
    } catch (DatasetException e) {
      throw DatasetActivitiesImpl.invalid(e);
    }
    List<Example> examples = data.get(request.split());
    List<Example> demos = request.demos().stream().map(data.train()::get).toList();
    PromptTemplate template = new PromptTemplate(request.template());
    EvaluationJudging judging = new EvaluationJudging(calls, request, template);
    Metric metric;
    try {
      metric = Metrics.create(request.metric(), judging);
    } catch (IllegalArgumentException e) {
      // A metric option validation could not judge, such as a schema the validator cannot load.
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage(), ErrorType.INVALID_SPEC.name());
    }
    List<ExampleResult> results = new ArrayList<>(done.results());
    Usage usage = done.usage();
    try (KeepAlive alive = KeepAlive.start(context, done)) {
      for (int k = results.size(); k < request.indices().size(); k++) {
        if (hold.holds(context)) {
          break; // paused: the run asks for the rest once resumed
        }
        int index = request.indices().get(k);
        Example example = examples.get(index);
        String prompt = template.render(request.instruction(), demos, example);
        // Each sample is its own call (and cache entry); the example scores their mean, and
        // shows the first answer that lost points, which is what critiques learn from.
        double sum = 0;
        String output = null;
        String feedback = null;
        int samples = request.samplesPerExample();
        for (int sample = 0; sample < samples; sample++) {
          ProviderCalls.Answer answer;
          MetricResult score;
          try {
            answer =
                calls.callInActivity(
                    new LlmRequest(
                        "target",
                        request.target(),
                        List.of(ChatMessage.user(prompt)),
                        sample,
                        request.usesCache()));
            usage = usage.plus(answer.usage());
            judging.judgingSample(sample);
            score = metric.score(example, answer.text());
          } catch (ApplicationFailure f) {
            throw ProviderFailures.withPaidUsage(f, usage.plus(judging.take()));
          }
          usage = usage.plus(judging.take());
          sum += score.score();
          if (score.score() < 1.0 && feedback == null) {
            output = cut(answer.text());
            feedback = score.feedback();
          }
        }
        double mean = sum / samples;
        results.add(new ExampleResult(index, mean, mean >= 1.0 ? null : output, feedback));
        alive.progress(new EvaluationResult(List.copyOf(results), usage));
      }
    }
    return new EvaluationResult(List.copyOf(results), usage);
  }

  private static String cut(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_OUTPUT_CHARS ? text : text.substring(0, MAX_OUTPUT_CHARS) + "...";
  }
}
