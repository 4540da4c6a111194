package dev.gradus.workflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunIdGeneratorTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-05-23T14:12:03Z"), ZoneOffset.UTC);

  @Test
  void idCarriesNameUtcTimeAndFourHexDigits() {
    String id = new RunIdGenerator(clock, new Random(1)).next("sentiment-v2");
    assertThat(id).matches("gradus-sentiment-v2-250523-141203-[0-9a-f]{4}");
  }

  @Test
  void nameIsReducedToLowercaseLettersDigitsAndSingleDashes() {
    assertThat(RunIdGenerator.slug("My Task: Sentiment (v2)!")).isEqualTo("my-task-sentiment-v2");
    assertThat(RunIdGenerator.slug("--a__b--")).isEqualTo("a-b");
    assertThat(RunIdGenerator.slug("")).isEqualTo("run");
    assertThat(RunIdGenerator.slug(null)).isEqualTo("run");
    assertThat(RunIdGenerator.slug("x".repeat(100))).hasSize(40);
  }

  @Test
  void idsStartedInTheSameSecondDiffer() {
    RunIdGenerator generator = new RunIdGenerator(clock, new Random(7));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      ids.add(generator.next("demo"));
    }
    assertThat(ids).hasSizeGreaterThan(45);
  }
}
