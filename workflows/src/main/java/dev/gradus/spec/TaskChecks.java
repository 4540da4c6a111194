package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks {@code task}: dataset, split, template and metric. */
final class TaskChecks {

  static final List<String> METRICS = List.of("exact_match", "contains", "regex", "f1", "numeric");

  private TaskChecks() {}

  static void check(FieldChecks c, JsonNode task) {
    if (task == null) {
      return;
    }
    c.onlyKnown(task, "task", Set.of("dataset", "split", "template", "metric"));
    JsonNode dataset = c.object(task, "task", "dataset", true);
    if (dataset != null) {
      c.onlyKnown(dataset, "task.dataset", Set.of("path", "simulated"));
      String path = c.string(dataset, "task.dataset", "path", false);
      String simulated = c.string(dataset, "task.dataset", "simulated", false);
      if ((path == null) == (simulated == null)
          && c.errors().stream().noneMatch(e -> e.path().startsWith("task.dataset."))) {
        c.error(
            "task.dataset",
            "must have exactly one of \"path\" (a .jsonl or .csv file) or \"simulated\" (a simulated task name)");
      }
    }
    checkSplit(c, c.object(task, "task", "split", false));
    String template = c.string(task, "task", "template", false);
    if (template != null) {
      for (String needed : List.of("{{instruction}}", "{{input}}")) {
        if (!template.replace(" ", "").contains(needed)) {
          c.error("task.template", "must contain " + needed);
        }
      }
      if (template.replace(" ", "").contains("{{target}}")) {
        c.error(
            "task.template", "must not contain {{target}}: the prompt would give away the answer");
      }
    }
    checkMetric(c, task.get("metric"));
  }

  private static void checkSplit(FieldChecks c, JsonNode split) {
    if (split == null) {
      return;
    }
    c.onlyKnown(split, "task.split", Set.of("train", "validation", "test", "seed"));
    Double train = c.number(split, "task.split", "train", 0, 1, false);
    Double validation = c.number(split, "task.split", "validation", 0, 1, false);
    Double test = c.number(split, "task.split", "test", 0, 1, false);
    c.number(split, "task.split", "seed", Long.MIN_VALUE, Long.MAX_VALUE, true);
    if (train != null && validation != null && test != null) {
      if (Math.abs(train + validation + test - 1.0) > 1e-6) {
        c.error(
            "task.split",
            "train + validation + test must add up to 1, not " + (train + validation + test));
      }
      if (validation == 0) {
        c.error(
            "task.split.validation",
            "must be > 0: candidates are selected on the validation split");
      }
    } else if (split.has("train") || split.has("validation") || split.has("test")) {
      if (c.errors().stream().noneMatch(e -> e.path().startsWith("task.split."))) {
        c.error(
            "task.split", "give all three of train, validation and test, or none for 0.5/0.3/0.2");
      }
    }
  }

  private static void checkMetric(FieldChecks c, JsonNode metric) {
    if (metric == null || metric.isNull()) {
      return;
    }
    String type;
    if (metric.isTextual()) {
      type = metric.asText();
    } else if (metric.isObject()) {
      c.onlyKnown(metric, "task.metric", Set.of("type", "ignoreCase", "pattern", "tolerance"));
      type = c.string(metric, "task.metric", "type", true);
      c.bool(metric, "task.metric", "ignoreCase");
      c.number(metric, "task.metric", "tolerance", 0, Double.MAX_VALUE, false);
      String pattern = c.string(metric, "task.metric", "pattern", false);
      if (pattern != null) {
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          c.error(
              "task.metric.pattern", "is not a valid regular expression: " + e.getDescription());
        }
      }
    } else {
      c.error(
          "task.metric",
          "must be a metric name or an object with \"type\", not " + FieldChecks.describe(metric));
      return;
    }
    if (type != null && !METRICS.contains(type)) {
      c.error(
          metric.isTextual() ? "task.metric" : "task.metric.type",
          "unknown metric \"" + type + "\"; expected one of: " + String.join(", ", METRICS));
    }
  }
}
