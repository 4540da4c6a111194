package dev.gradus.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall latencies in milliseconds, one series per kind of request, printed as a table of
 * nearest-rank percentiles. Requests that got no answer are counted apart and kept out of the
 * percentiles, so a timeout shows as a failure rather than as a flattering or absurd figure.
 */
final class LatencyTable {

  private final Map<String, List<Double>> answered = new LinkedHashMap<>();
  private final Map<String, List<Double>> unanswered = new LinkedHashMap<>();

  /** Declares a kind, so that it gets a row even when it has no samples. */
  void kind(String kind) {
    answered.computeIfAbsent(kind, k -> new ArrayList<>());
    unanswered.computeIfAbsent(kind, k -> new ArrayList<>());
  }

  void record(String kind, double millis, boolean gotAnswer) {
    kind(kind);
    if (gotAnswer) {
      answered.get(kind).add(millis);
    } else {
      unanswered.get(kind).add(millis);
    }
  }

  /** The latest answered sample of a kind, in milliseconds. */
  double lastAnswered(String kind) {
    List<Double> samples = answered.get(kind);
    return samples.get(samples.size() - 1);
  }

  void print(PrintStream out) {
    out.printf(
        "%-22s %6s %6s %8s %8s %8s %8s %6s%n",
        "kind", "count", "failed", "p50 ms", "p95 ms", "p99 ms", "max ms", ">1s");
    answered.forEach(
        (kind, samples) -> {
          double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          out.printf(
              "%-22s %6d %6d %8s %8s %8s %8s %6d%n",
              kind,
              sorted.length,
              unanswered.get(kind).size(),
              format(percentile(sorted, 50)),
              format(percentile(sorted, 95)),
              format(percentile(sorted, 99)),
              format(percentile(sorted, 100)),
              Arrays.stream(sorted).filter(ms -> ms > 1000).count());
        });
    unanswered.forEach(
        (kind, failures) -> {
          if (!failures.isEmpty()) {
            out.printf(
                "  %s: %d without an answer, given up after %s ms%n",
                kind, failures.size(), failures.stream().map(LatencyTable::format).toList());
          }
        });
  }

  /** The nearest-rank percentile: the smallest sample with at least p% of samples at or below. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static String format(double millis) {
    return Double.isNaN(millis) ? "-" : String.format("%.1f", millis);
  }
}
