package dev.gradus.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("7", null, NOW)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 0 ", null, NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsFractionalSeconds() {
    assertThat(RetryAfter.parse("1.5", null, NOW)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void readsHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 12:00:30 GMT", null, NOW))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void pastHttpDateMeansRetryNow() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 11:59:00 GMT", null, NOW))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    assertThat(RetryAfter.parse("2", "250", NOW)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void unreadableRetryAfterMsFallsBackToRetryAfter() {
    assertThat(RetryAfter.parse("3", "soon", NOW)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void absentOrUnreadableHeadersMeanNoDelay() {
    assertThat(RetryAfter.parse(null, null, NOW)).isNull();
    assertThat(RetryAfter.parse("", " ", NOW)).isNull();
    assertThat(RetryAfter.parse("tomorrow-ish", null, NOW)).isNull();
    assertThat(RetryAfter.parse("-5", null, NOW)).isNull();
    assertThat(RetryAfter.parse("NaN", null, NOW)).isNull();
  }

  @Test
  void absurdDelaysAreCappedAtOneDay() {
    assertThat(RetryAfter.parse("1e300", null, NOW)).isEqualTo(Duration.ofDays(1));
    assertThat(RetryAfter.parse("Infinity", null, NOW)).isEqualTo(Duration.ofDays(1));
    assertThat(RetryAfter.parse("Fri, 01 Jan 2100 00:00:00 GMT", null, NOW))
        .isEqualTo(Duration.ofDays(1));
  }
}
