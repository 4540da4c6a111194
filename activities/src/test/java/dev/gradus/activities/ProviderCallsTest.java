package dev.gradus.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.cache.MutableClock;
import dev.gradus.activities.cache.ResponseCache;
import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.ratelimit.ProviderRateLimiter;
import dev.gradus.activities.store.TestDatabases;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import dev.gradus.workflow.Usage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderCallsTest {

  private static final LlmRequest REQUEST =
      new LlmRequest(
          "target",
          new ModelSpec("openai", "gpt-4o-mini", 0.0, null),
          List.of(ChatMessage.user("Input: 2+2\nOutput:")),
          0);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CountingProvider provider = new CountingProvider();

  private ProviderCalls calls(ResponseCache cache) {
    return calls(cache, CallRetries.NONE);
  }

  private ProviderCalls calls(ResponseCache cache, CallRetries retries) {
    return new ProviderCalls(
        List.of(provider),
        registry,
        cache,
        ProviderRateLimiter.none(),
        PriceTable.defaults(),
        retries);
  }

  private static ResponseCache cache() {
    return new ResponseCache(TestDatabases.inMemory(), Duration.ofDays(30), new MutableClock());
  }

  @Test
  void aRepeatedCallIsAnsweredFromTheCacheForFree() {
    ProviderCalls calls = calls(cache());

    ProviderCalls.Answer first = calls.call(REQUEST);
    ProviderCalls.Answer second = calls.call(REQUEST);

    assertThat(provider.calls).isEqualTo(1);
    assertThat(first.usage()).isEqualTo(new Usage(1, 0, 1_000_000, 1_000_000, 0.75));
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.usage()).isEqualTo(new Usage(0, 1, 0, 0, 0.0));
    assertThat(first.usage().plus(second.usage()).calls()).isEqualTo(1);
    assertThat(counter("gradus.llm.requests")).isEqualTo(1);
    assertThat(counter("gradus.llm.cost.usd")).as("a hit costs nothing").isEqualTo(0.75);
    assertThat(registry.get("gradus.llm.latency").timer().count()).isEqualTo(1);
    assertThat(
            registry
                .get("gradus.llm.cache.hits")
                .tags("provider", "openai", "model", "gpt-4o-mini", "role", "target")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void aProviderErrorIsNotCached() {
    ProviderCalls calls = calls(cache());
    provider.failNext(new ProviderException(ProviderException.Kind.UNAVAILABLE, "503"));

    assertThatThrownBy(() -> calls.call(REQUEST)).isInstanceOf(ProviderException.class);
    ProviderCalls.Answer retried = calls.call(REQUEST);

    assertThat(provider.calls).isEqualTo(2);
    assertThat(retried.usage().calls()).isEqualTo(1);
    assertThat(calls.call(REQUEST).usage().cacheHits()).isEqualTo(1);
  }

  @Test
  void anUnreachableCacheFallsThroughToTheProvider() {
    ResponseCache broken =
        new ResponseCache(TestDatabases.unreachable(), Duration.ofDays(30), new MutableClock());
    ProviderCalls calls = calls(broken);

    ProviderCalls.Answer first = calls.call(REQUEST);
    ProviderCalls.Answer second = calls.call(REQUEST);

    assertThat(provider.calls).isEqualTo(2);
    assertThat(List.of(first.text(), second.text())).containsExactly("answer 1", "answer 2");
    assertThat(first.usage().plus(second.usage()).calls()).isEqualTo(2);
    assertThat(first.usage().plus(second.usage()).cacheHits()).isZero();
  }

  @Test
  void withTheCacheOffEveryCallGoesToTheProvider() {
    ProviderCalls calls = calls(ResponseCache.off());

    calls.call(REQUEST);
    calls.call(REQUEST);

    assertThat(provider.calls).isEqualTo(2);
  }

  @Test
  void aRunThatTurnedTheCacheOffNeitherReadsNorFillsIt() {
    ProviderCalls calls = calls(cache());
    LlmRequest uncached =
        new LlmRequest(REQUEST.role(), REQUEST.model(), REQUEST.messages(), 0, false);

    calls.call(REQUEST);
    ProviderCalls.Answer fresh = calls.call(uncached);
    calls.call(uncached);

    assertThat(provider.calls).as("the cached answer is not served to it").isEqualTo(3);
    assertThat(fresh.usage().calls()).isEqualTo(1);
    assertThat(calls.call(REQUEST).text())
        .as("its answers did not replace the cached one")
        .isEqualTo("answer 1");
  }

  @Test
  void aCallWaitsForItsTurnUnderTheSharedLimitsAndIsPricedFromConfiguration() {
    ProviderRateLimiter limiter =
        ProviderRateLimiter.of(
            "openai/gpt-4o-mini = 5/s", TestDatabases.inMemory(), Clock.systemUTC());
    ProviderCalls calls =
        new ProviderCalls(
            List.of(provider),
            registry,
            ResponseCache.off(),
            limiter,
            new PriceTable("openai/gpt-4o-mini = 1 in, 2 out"),
            CallRetries.NONE);

    long start = System.nanoTime();
    calls.call(REQUEST);
    ProviderCalls.Answer second = calls.call(REQUEST);
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(elapsedMillis)
        .as("the second call waits its 200 ms turn")
        .isGreaterThanOrEqualTo(190);
    assertThat(second.usage().costUsd()).isEqualTo(3.0);
    assertThat(
            registry
                .get("gradus.llm.rate_limit.wait")
                .tags("provider", "openai", "model", "gpt-4o-mini")
                .timer()
                .count())
        .isEqualTo(2);
  }

  @Test
  void aCallWhoseLimitsCannotBeCheckedIsNotSent() {
    ProviderRateLimiter limiter =
        ProviderRateLimiter.of(
            "openai = 1 concurrent", TestDatabases.unreachable(), Clock.systemUTC());
    ProviderCalls calls =
        new ProviderCalls(
            List.of(provider), registry, cache(), limiter, PriceTable.defaults(), CallRetries.NONE);

    assertThatThrownBy(() -> calls.call(REQUEST))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.kind().retryable()).isTrue());
    assertThat(provider.calls).isZero();
  }

  @Test
  void transientFaultsAreTriedAgainWithinTheActivityAndOnlyTheAnswerIsCounted() {
    ProviderCalls calls =
        calls(
            cache(),
            new CallRetries(
                3, Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofSeconds(1)));
    provider.failNext(new ProviderException(ProviderException.Kind.UNAVAILABLE, "503"));
    provider.failNext(
        new ProviderException(
            ProviderException.Kind.RATE_LIMITED, "429", Duration.ofMillis(300), null));

    long start = System.nanoTime();
    ProviderCalls.Answer answer = calls.callInActivity(REQUEST);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(provider.calls).isEqualTo(3);
    assertThat(answer.text()).isEqualTo("answer 3");
    assertThat(answer.usage().calls()).isEqualTo(1);
    assertThat(millis).as("the 429's Retry-After was honoured").isGreaterThanOrEqualTo(300);
    assertThat(
            registry.get("gradus.llm.requests").tags("outcome", "rate_limited").counter().count())
        .isEqualTo(1);
  }

  @Test
  void faultsThatPersistOrAskForALongWaitOrNeverHealGoToTemporal() {
    CallRetries twice =
        new CallRetries(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1));
    ProviderCalls calls = calls(cache(), twice);
    provider.failNext(new ProviderException(ProviderException.Kind.TIMEOUT, "timed out"));
    provider.failNext(new ProviderException(ProviderException.Kind.TIMEOUT, "timed out"));
    assertThatThrownBy(() -> calls.callInActivity(REQUEST))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isFalse());
    assertThat(provider.calls).as("two tries, then Temporal").isEqualTo(2);

    provider.failNext(
        new ProviderException(
            ProviderException.Kind.RATE_LIMITED, "429", Duration.ofMinutes(5), null));
    assertThatThrownBy(() -> calls.callInActivity(REQUEST))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> assertThat(f.getNextRetryDelay()).isEqualTo(Duration.ofMinutes(5)));
    assertThat(provider.calls).as("a long wait is Temporal's, not a held thread's").isEqualTo(3);

    provider.failNext(new ProviderException(ProviderException.Kind.AUTH, "401"));
    assertThatThrownBy(() -> calls.callInActivity(REQUEST))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isTrue());
    assertThat(provider.calls).isEqualTo(4);
  }

  @Test
  void backoffWithoutRetryAfterDoublesUpToItsCeilingWithJitter() {
    CallRetries retries = CallRetries.DEFAULT;
    ProviderException fault = new ProviderException(ProviderException.Kind.UNAVAILABLE, "500");
    for (int i = 0; i < 50; i++) {
      assertThat(retries.waitAfter(fault, 1))
          .isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
      assertThat(retries.waitAfter(fault, 3))
          .isBetween(Duration.ofMillis(1000), Duration.ofSeconds(2));
      assertThat(retries.waitAfter(fault, 4))
          .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
    assertThat(retries.waitAfter(fault, 5)).as("the fifth fault goes to Temporal").isNull();
    assertThat(
            java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> retries.waitAfter(fault, 2))
                .distinct()
                .count())
        .as("jittered")
        .isGreaterThan(10);
  }

  private double counter(String name) {
    return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  /** Answers "answer N" to its Nth call, for a million prompt and completion tokens each. */
  private static final class CountingProvider implements LlmProvider {
    int calls;
    private final Deque<ProviderException> faults = new ArrayDeque<>();

    void failNext(ProviderException e) {
      faults.add(e);
    }

    @Override
    public String name() {
      return "openai";
    }

    @Override
    public LlmResponse complete(LlmRequest request) {
      calls++;
      if (!faults.isEmpty()) {
        throw faults.poll();
      }
      return new LlmResponse("answer " + calls, 1_000_000, 1_000_000);
    }
  }
}
