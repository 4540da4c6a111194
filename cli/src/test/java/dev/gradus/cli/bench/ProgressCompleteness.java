package dev.gradus.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts live answers that lack what the issue promises: the current generation, the best
 * candidate, usage, and an ETA once a generation has completed. An ETA is only owed while the run
 * is RUNNING; a paused or finishing run has none by design.
 */
final class ProgressCompleteness {

  private final Map<String, Integer> answers = new LinkedHashMap<>();
  private final Map<String, Integer> incomplete = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> missingFields = new LinkedHashMap<>();

  /**
   * @param generation the answer's generation, or null when it has none
   * @param status the answer's run status, or null when it has none
   */
  synchronized void check(
      String kind,
      Integer generation,
      boolean hasBest,
      boolean hasUsage,
      boolean hasEta,
      String status) {
    List<String> missing = new ArrayList<>();
    if (generation == null) {
      missing.add("generation");
    }
    if (!hasBest) {
      // Before the seed is scored there is nothing to call best; told apart so it is not hidden.
      missing.add(generation != null && generation == 0 ? "best (generation 0)" : "best");
    }
    if (!hasUsage) {
      missing.add("usage");
    }
    if (generation != null && generation >= 1 && "RUNNING".equals(status) && !hasEta) {
      missing.add("etaSeconds");
    }
    answers.merge(kind, 1, Integer::sum);
    Map<String, Integer> fields = missingFields.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    if (!missing.isEmpty()) {
      incomplete.merge(kind, 1, Integer::sum);
      missing.forEach(field -> fields.merge(field, 1, Integer::sum));
    }
  }

  synchronized void print(PrintStream out) {
    answers.forEach(
        (kind, count) ->
            out.printf(
                "%-22s %d of %d answers lacked a field %s%n",
                kind,
                incomplete.getOrDefault(kind, 0),
                count,
                missingFields.get(kind).isEmpty() ? "" : missingFields.get(kind)));
  }
}
