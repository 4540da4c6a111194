package dev.gradus.activities;

import dev.gradus.activities.cache.ResponseCache;
import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.ratelimit.Permit;
import dev.gradus.activities.ratelimit.ProviderRateLimiter;
import dev.gradus.workflow.Usage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes one provider call and accounts for it: picks the provider a spec names, answers from the
 * response cache when it can, otherwise waits for the call's turn under the shared rate limits,
 * measures the call for {@code /q/metrics} (tags: provider, model, role, outcome; never a prompt or
 * a run id) and prices it.
 */
@ApplicationScoped
public class ProviderCalls {

  /** What an answer from the cache costs: no call, no tokens, no dollars. */
  private static final Usage CACHE_HIT = new Usage(0, 1, 0, 0, 0.0);

  private final Map<String, LlmProvider> providers = new TreeMap<>();
  private final MeterRegistry registry;
  private final ResponseCache cache;
  private final ProviderRateLimiter limiter;
  private final PriceTable prices;
  private final CallRetries retries;

  @Inject
  public ProviderCalls(
      @Any Instance<LlmProvider> available,
      MeterRegistry registry,
      ResponseCache cache,
      ProviderRateLimiter limiter,
      PriceTable prices) {
    this(available.stream().toList(), registry, cache, limiter, prices, CallRetries.DEFAULT);
  }

  ProviderCalls(
      List<LlmProvider> available,
      MeterRegistry registry,
      ResponseCache cache,
      ProviderRateLimiter limiter,
      PriceTable prices,
      CallRetries retries) {
    available.forEach(p -> providers.put(p.name(), p));
    this.registry = registry;
    this.cache = cache;
    this.limiter = limiter;
    this.prices = prices;
    this.retries = retries;
  }

  /**
   * One call from an activity: a transient fault is tried again here as {@link CallRetries} says;
   * one that persists, or a permanent one, becomes the failure Temporal acts on (retryable, with
   * the provider's Retry-After, or permanent).
   */
  public Answer callInActivity(LlmRequest request) {
    for (int failedTries = 1; ; failedTries++) {
      try {
        return call(request);
      } catch (ProviderException e) {
        Duration wait = retries.waitAfter(e, failedTries);
        if (wait == null) {
          throw ProviderFailures.of(e);
        }
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw ProviderFailures.of(e);
        }
      }
    }
  }

  /**
   * One answer, with its usage: from the cache when it holds one, otherwise from the provider and
   * stored before this returns, so that a worker dying next does not pay for it again. A {@link
   * ProviderException} passes through after being counted, and is never cached.
   */
  public Answer call(LlmRequest request) {
    String provider = request.model().provider();
    LlmProvider p = provider(provider);
    String model = request.model().model() == null ? "default" : request.model().model();
    Optional<LlmResponse> cached = request.cache() ? cache.lookup(request) : Optional.empty();
    if (cached.isPresent()) {
      registry
          .counter(
              "gradus.llm.cache.hits", "provider", provider, "model", model, "role", request.role())
          .increment();
      return new Answer(cached.get().text(), CACHE_HIT);
    }
    LlmResponse r;
    try (Permit permit = limiter.acquire(provider, request.model().model())) {
      if (permit.limited()) {
        registry
            .timer("gradus.llm.rate_limit.wait", "provider", provider, "model", model)
            .record(permit.waited());
      }
      r = measured(p, request, model);
    }
    if (request.cache()) {
      cache.store(request, r);
    }
    double cost = prices.cost(provider, model, r.promptTokens(), r.completionTokens());
    registry
        .counter(
            "gradus.llm.cost.usd", "provider", provider, "model", model, "role", request.role())
        .increment(cost);
    return new Answer(r.text(), new Usage(1, 0, r.promptTokens(), r.completionTokens(), cost));
  }

  private LlmProvider provider(String name) {
    LlmProvider p = providers.get(name);
    if (p == null) {
      throw new ProviderException(
          ProviderException.Kind.CONFIG,
          "no provider \""
              + name
              + "\" on this worker; available: "
              + String.join(", ", providers.keySet()));
    }
    return p;
  }

  /** The provider call itself, counted and timed by outcome, its tokens counted by kind. */
  private LlmResponse measured(LlmProvider p, LlmRequest request, String model) {
    String provider = p.name();
    Timer.Sample sample = Timer.start(registry);
    String outcome = "ok";
    try {
      LlmResponse r = p.complete(request);
      registry
          .counter("gradus.llm.tokens", "provider", provider, "model", model, "kind", "prompt")
          .increment(r.promptTokens());
      registry
          .counter("gradus.llm.tokens", "provider", provider, "model", model, "kind", "completion")
          .increment(r.completionTokens());
      return r;
    } catch (ProviderException e) {
      outcome = e.kind().name().toLowerCase(Locale.ROOT);
      throw e;
    } finally {
      String[] tags = {
        "provider", provider, "model", model, "role", request.role(), "outcome", outcome
      };
      registry.counter("gradus.llm.requests", tags).increment();
      // Buckets, not only a sum and count, so that dashboards can show latency percentiles.
      sample.stop(
          Timer.builder("gradus.llm.latency")
              .tags(tags)
              .publishPercentileHistogram()
              .register(registry));
    }
  }

  /** A reply and what it cost. */
  public record Answer(String text, Usage usage) {}
}
