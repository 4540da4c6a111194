package dev.gradus.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {

  @Test
  void pricesOpenAiModelsByExactName() {
    assertThat(PriceTable.cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000))
        .isCloseTo(0.75, within(1e-9));
    assertThat(PriceTable.cost("openai", "gpt-4o-mini-2024-07-18", 1_000, 1_000)).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "claude-3-5-haiku-20241022, 0.80, 4.00",
    "claude-3-5-haiku-latest, 0.80, 4.00",
    "claude-sonnet-4-20250514, 3.00, 15.00",
    "claude-sonnet-4-0, 3.00, 15.00",
    "claude-sonnet-4-5, 3.00, 15.00",
    "claude-opus-4-20250514, 15.00, 75.00",
    "claude-opus-4-1-20250805, 15.00, 75.00",
    "claude-haiku-4-5-20251001, 1.00, 5.00"
  })
  void pricesClaudeSnapshotsAndAliasesAsTheirFamily(String model, double input, double output) {
    assertThat(PriceTable.price("anthropic", model)).isEqualTo(new PriceTable.Price(input, output));
  }

  @Test
  void costsAClaudeCallFromItsTokens() {
    // 2,000 input tokens at $3/M and 500 output tokens at $15/M.
    assertThat(PriceTable.cost("anthropic", "claude-sonnet-4-20250514", 2_000, 500))
        .isCloseTo(0.0135, within(1e-12));
  }

  @Test
  void unknownModelsAndProvidersCostNothing() {
    assertThat(PriceTable.cost("anthropic", "claude-9-ultra", 1_000, 1_000)).isZero();
    assertThat(PriceTable.cost("anthropic", "gpt-4o", 1_000, 1_000)).isZero();
    assertThat(PriceTable.cost("openai", "claude-sonnet-4-0", 1_000, 1_000)).isZero();
    assertThat(PriceTable.cost("sim", "sim-target", 1_000, 1_000)).isZero();
    assertThat(PriceTable.cost("anthropic", null, 1_000, 1_000)).isZero();
  }
}
