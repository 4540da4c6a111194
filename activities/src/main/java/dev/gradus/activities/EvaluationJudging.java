package dev.gradus.activities;

import dev.gradus.activities.judge.JudgeCalls;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.prompt.PromptTemplate;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.spec.ModelSpec;
import dev.gradus.workflow.EvaluationRequest;
import dev.gradus.workflow.JudgeTally;
import dev.gradus.workflow.Usage;
import java.util.List;

/**
 * The judge calls of one evaluation attempt. They go through {@link ProviderCalls} as target calls
 * do (cache, rate limits, retries, metrics under role {@code judge}), and their usage and verdicts
 * are held until the example they score is done, when the activity takes them into its own usage:
 * so a heartbeat or a failure accounts for every call that was paid.
 */
final class EvaluationJudging implements JudgeCalls {

  private final ProviderCalls calls;
  private final EvaluationRequest request;
  private final PromptTemplate template;
  private Usage usage = Usage.NONE;
  private int targetSample;

  EvaluationJudging(ProviderCalls calls, EvaluationRequest request, PromptTemplate template) {
    this.calls = calls;
    this.request = request;
    this.template = template;
  }

  /** The target sample whose answer is judged next, for the seed answer it is compared with. */
  void judgingSample(int sample) {
    this.targetSample = sample;
  }

  /** The usage and verdicts since the last take. */
  Usage take() {
    Usage taken = usage;
    usage = Usage.NONE;
    return taken;
  }

  @Override
  public String ask(ModelSpec judge, List<ChatMessage> messages, int sample) {
    return call(new LlmRequest("judge", judge, messages, sample, request.usesCache()));
  }

  /**
   * The seed's answer, asked as the seed's own evaluation asked it (same prompt and sample), so it
   * is usually served by the response cache.
   */
  @Override
  public String baselineAnswer(Example example) {
    if (request.baseline() == null) {
      throw new IllegalStateException("a pairwise judge needs the seed prompt in the request");
    }
    String prompt = template.render(request.baseline(), List.of(), example);
    return call(
        new LlmRequest(
            "target",
            request.target(),
            List.of(ChatMessage.user(prompt)),
            targetSample,
            request.usesCache()));
  }

  @Override
  public void count(JudgeTally tally) {
    usage = usage.withJudges(tally);
  }

  private String call(LlmRequest llmRequest) {
    ProviderCalls.Answer answer = calls.callInActivity(llmRequest);
    usage = usage.plus(answer.usage());
    return answer.text();
  }
}
