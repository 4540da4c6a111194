package dev.gradus.activities.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.llm.ModelScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitsTest {

  @Test
  void readsRatesAndConcurrencyPerProviderOrModel() {
    List<RateLimit> limits =
        RateLimits.parse(
            "openai/gpt-4o-mini = 5/s, 8 concurrent;\n anthropic = 120/min\n"
                + "openai/llama3.1:8b = 2 concurrent; openai/meta-llama/Llama-3.1-8B = 0.5/s");

    assertThat(limits)
        .as("in key order, the order their rows are locked in")
        .containsExactly(
            new RateLimit(new ModelScope("anthropic", null), 2.0, 0),
            new RateLimit(new ModelScope("openai", "gpt-4o-mini"), 5.0, 8),
            new RateLimit(new ModelScope("openai", "llama3.1:8b"), 0, 2),
            new RateLimit(new ModelScope("openai", "meta-llama/Llama-3.1-8B"), 0.5, 0));
    assertThat(limits.get(1).spacingMicros()).isEqualTo(200_000);
    assertThat(limits.get(3).spacingMicros()).isEqualTo(2_000_000);
    assertThat(limits.get(2).spacingMicros()).as("no rate").isZero();
  }

  @Test
  void aProviderLimitCoversAllItsModelsAndAModelLimitOnlyItsOwn() {
    List<RateLimit> limits = RateLimits.parse("openai = 10/s; openai/gpt-4o = 2 concurrent");

    assertThat(limits.get(0).scope().covers("openai", "gpt-4o")).isTrue();
    assertThat(limits.get(0).scope().covers("openai", "gpt-4o-mini")).isTrue();
    assertThat(limits.get(0).scope().covers("anthropic", "gpt-4o")).isFalse();
    assertThat(limits.get(1).scope().covers("openai", "gpt-4o")).isTrue();
    assertThat(limits.get(1).scope().covers("openai", "gpt-4o-mini")).isFalse();
    assertThat(limits.get(1).scope().covers("openai", null)).isFalse();
  }

  @Test
  void blankSettingsHaveNoLimits() {
    assertThat(RateLimits.parse(null)).isEmpty();
    assertThat(RateLimits.parse(" ; \n ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "openai 5/s | entry \"openai 5/s\": expected PROVIDER[/MODEL] = VALUES",
        "openai = 5/h | \"5/h\" is not a limit: expected a rate such as 5/s or 300/min",
        "openai = 0/s | the rate must be positive, got 0",
        "openai = fast/s | the rate \"fast\" is not a number",
        "openai = 2.5 concurrent | the concurrency must be a whole number, got 2.5",
        "openai = -1 concurrent | the concurrency must be positive",
        "openai = | entry \"openai =\": no values after '='",
        "/gpt-4o = 1/s | does not start with a provider name",
        "openai/ = 1/s | names no model after the slash",
        "openai = 1/s; openai = 2/s | entry \"openai = 2/s\": openai is given twice"
      })
  void refusesBadEntriesNamingTheSettingTheEntryAndWhatWasExpected(String setting, String error) {
    assertThatThrownBy(() -> RateLimits.parse(setting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GRADUS_RATE_LIMITS (gradus.providers.rate-limits): entry \"")
        .hasMessageContaining(error);
  }
}
