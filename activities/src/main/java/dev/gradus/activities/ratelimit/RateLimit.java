package dev.gradus.activities.ratelimit;

import dev.gradus.activities.llm.ModelScope;
import dev.gradus.activities.llm.ModelSettings;
import java.util.List;
import java.util.Locale;

/**
 * One configured limit on provider calls, shared by every worker of a deployment.
 *
 * @param scope the calls it applies to: one model, or every model of a provider together
 * @param requestsPerSecond the most requests sent per second, or 0 for no such limit
 * @param maxConcurrent the most requests waiting for their answers at once, or 0 for no such limit
 */
public record RateLimit(ModelScope scope, double requestsPerSecond, int maxConcurrent) {

  /**
   * Reads one entry's values: {@code 5/s} or {@code 300/min} (requests), {@code 8 concurrent}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  static RateLimit read(ModelScope scope, List<String> values) {
    double perSecond = 0;
    int concurrent = 0;
    for (String value : values) {
      String v = value.toLowerCase(Locale.ROOT);
      if (v.endsWith("concurrent")) {
        String n = v.substring(0, v.length() - "concurrent".length()).strip();
        double c = ModelSettings.positive(n, "the concurrency");
        if (c != Math.rint(c)) {
          throw new IllegalArgumentException("the concurrency must be a whole number, got " + n);
        }
        concurrent = (int) c;
      } else if (v.endsWith("/s")) {
        perSecond = ModelSettings.positive(v.substring(0, v.length() - 2), "the rate");
      } else if (v.endsWith("/min")) {
        perSecond = ModelSettings.positive(v.substring(0, v.length() - 4), "the rate") / 60.0;
      } else {
        throw new IllegalArgumentException(
            "\""
                + value
                + "\" is not a limit: expected a rate such as 5/s or 300/min,"
                + " or a concurrency such as 8 concurrent");
      }
    }
    return new RateLimit(scope, perSecond, concurrent);
  }

  /** The key of this limit's rows in the shared database. */
  String key() {
    return scope.toString();
  }

  /** The least time between two requests under this limit, in microseconds; 0 when unlimited. */
  long spacingMicros() {
    return requestsPerSecond == 0 ? 0 : (long) Math.ceil(1_000_000.0 / requestsPerSecond);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(scope.toString()).append(" =");
    if (requestsPerSecond > 0) {
      s.append(' ').append(String.format(Locale.ROOT, "%.4g/s", requestsPerSecond));
    }
    if (maxConcurrent > 0) {
      s.append(requestsPerSecond > 0 ? ", " : " ").append(maxConcurrent).append(" concurrent");
    }
    return s.toString();
  }
}
