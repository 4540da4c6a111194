package dev.gradus.activities;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.workflow.Completion;
import dev.gradus.workflow.CompletionRequest;
import dev.gradus.workflow.LlmActivities;
import dev.gradus.workflow.Usage;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Optimizer calls. Samples are asked one call at a time and heartbeated as they arrive, so a
 * retried attempt starts after the samples already paid for.
 */
@ApplicationScoped
public class LlmActivitiesImpl implements LlmActivities {

  @Inject ProviderCalls calls;
  @Inject RunHold hold;

  @Override
  public Completion complete(CompletionRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    Completion done =
        context.getHeartbeatDetails(Completion.class).orElse(new Completion(List.of(), Usage.NONE));
    List<String> texts = new ArrayList<>(done.texts());
    Usage usage = done.usage();
    try (KeepAlive alive = KeepAlive.start(context, done)) {
      for (int i = texts.size(); i < request.samples(); i++) {
        if (hold.holds(context)) {
          break; // paused: the run asks for the rest once resumed
        }
        LlmRequest call =
            new LlmRequest(
                request.role(),
                request.model(),
                request.messages(),
                request.firstSample() + i,
                request.usesCache());
        ProviderCalls.Answer answer;
        try {
          answer = calls.callInActivity(call);
        } catch (ApplicationFailure f) {
          throw ProviderFailures.withPaidUsage(f, usage);
        }
        texts.add(answer.text());
        usage = usage.plus(answer.usage());
        alive.progress(new Completion(List.copyOf(texts), usage));
      }
    }
    return new Completion(List.copyOf(texts), usage);
  }
}
