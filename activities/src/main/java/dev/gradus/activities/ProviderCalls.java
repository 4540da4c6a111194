package dev.gradus.activities;

import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.workflow.Usage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes one provider call and accounts for it: picks the provider a spec names, measures the call
 * for {@code /q/metrics} (tags: provider, model, role, outcome; never a prompt or a run id) and
 * prices it.
 */
@ApplicationScoped
public class ProviderCalls {

  private final Map<String, LlmProvider> providers = new TreeMap<>();
  private final MeterRegistry registry;

  @Inject
  public ProviderCalls(@Any Instance<LlmProvider> available, MeterRegistry registry) {
    available.forEach(p -> providers.put(p.name(), p));
    this.registry = registry;
  }

  /**
   * One call from an activity: a provider fault becomes the failure Temporal acts on (retryable,
   * with the provider's Retry-After, or permanent).
   */
  public Answer callInActivity(LlmRequest request) {
    try {
      return call(request);
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
  }

  /** One call, with its usage; a {@link ProviderException} passes through after being counted. */
  public Answer call(LlmRequest request) {
    String provider = request.model().provider();
    LlmProvider p = providers.get(provider);
    if (p == null) {
      throw new ProviderException(
          ProviderException.Kind.CONFIG,
          "no provider \""
              + provider
              + "\" on this worker; available: "
              + String.join(", ", providers.keySet()));
    }
    String model = request.model().model() == null ? "default" : request.model().model();
    Timer.Sample sample = Timer.start(registry);
    String outcome = "ok";
    try {
      LlmResponse r = p.complete(request);
      double cost = PriceTable.cost(provider, model, r.promptTokens(), r.completionTokens());
      registry
          .counter("gradus.llm.tokens", "provider", provider, "model", model, "kind", "prompt")
          .increment(r.promptTokens());
      registry
          .counter("gradus.llm.tokens", "provider", provider, "model", model, "kind", "completion")
          .increment(r.completionTokens());
      return new Answer(r.text(), new Usage(1, 0, r.promptTokens(), r.completionTokens(), cost));
    } catch (ProviderException e) {
      outcome = e.kind().name().toLowerCase(java.util.Locale.ROOT);
      throw e;
    } finally {
      String[] tags = {
        "provider", provider, "model", model, "role", request.role(), "outcome", outcome
      };
      registry.counter("gradus.llm.requests", tags).increment();
      sample.stop(registry.timer("gradus.llm.latency", tags));
    }
  }

  /** A reply and what it cost. */
  public record Answer(String text, Usage usage) {}
}
