package dev.gradus.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {

  @Test
  void pricesOpenAiModelsByExactName() {
    assertThat(PriceTable.defaults().cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000))
        .isCloseTo(0.75, within(1e-9));
    assertThat(PriceTable.defaults().cost("openai", "gpt-4o-mini-2024-07-18", 1_000, 1_000))
        .isZero();
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
    assertThat(PriceTable.defaults().price("anthropic", model))
        .isEqualTo(new PriceTable.Price(input, output));
  }

  @Test
  void costsAClaudeCallFromItsTokens() {
    // 2,000 input tokens at $3/M and 500 output tokens at $15/M.
    assertThat(PriceTable.defaults().cost("anthropic", "claude-sonnet-4-20250514", 2_000, 500))
        .isCloseTo(0.0135, within(1e-12));
  }

  @Test
  void unknownModelsAndProvidersCostNothing() {
    assertThat(PriceTable.defaults().cost("anthropic", "claude-9-ultra", 1_000, 1_000)).isZero();
    assertThat(PriceTable.defaults().cost("anthropic", "gpt-4o", 1_000, 1_000)).isZero();
    assertThat(PriceTable.defaults().cost("openai", "claude-sonnet-4-0", 1_000, 1_000)).isZero();
    assertThat(PriceTable.defaults().cost("sim", "sim-target", 1_000, 1_000)).isZero();
    assertThat(PriceTable.defaults().cost("anthropic", null, 1_000, 1_000)).isZero();
  }

  @Test
  void configuredPricesComeBeforeShippedOnesModelFirst() {
    PriceTable prices =
        new PriceTable(
            "openai/my-fine-tune = 0.30 in, 1.20 out; openai = 0 in, 0 out\n"
                + "anthropic/claude-sonnet-4-5 = 2 in, 10 out");

    assertThat(prices.cost("openai", "my-fine-tune", 1_000_000, 1_000_000))
        .isCloseTo(1.50, within(1e-9));
    assertThat(prices.cost("openai", "gpt-4o", 1_000_000, 1_000_000))
        .as("a provider-wide price covers the shipped models too: a self-hosted server is free")
        .isZero();
    assertThat(prices.cost("anthropic", "claude-sonnet-4-5", 1_000_000, 0)).isEqualTo(2.0);
    assertThat(prices.cost("anthropic", "claude-haiku-4-5", 1_000_000, 0))
        .as("other models keep their shipped price")
        .isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "openai/x = 0.3 in | expected both prices, in USD per million tokens",
        "openai/x = 0.3, 1.2 | \"0.3\" is not a price: expected USD per million tokens",
        "openai/x = -1 in, 2 out | the input price must not be negative",
        "openai/x = 1 in, 1e400 out | the output price \"1e400\" is not a finite number",
        "openai/x = 1 in, 2 out, 3 in | \"3 in\" is not a price"
      })
  void refusesBadPricesNamingTheSettingAndTheEntry(String setting, String error) {
    assertThatThrownBy(() -> new PriceTable(setting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("GRADUS_PRICES (gradus.providers.prices): entry \"openai/x =")
        .hasMessageContaining(error);
  }
}
