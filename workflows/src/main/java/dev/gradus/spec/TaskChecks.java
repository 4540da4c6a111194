package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Checks {@code task}: dataset, split, template and metric. */
final class TaskChecks {

  private TaskChecks() {}

  static void check(FieldChecks c, JsonNode task) {
    if (task == null) {
      return;
    }
    c.onlyKnown(task, "task", Set.of("dataset", "split", "template", "metric"));
    JsonNode dataset = c.object(task, "task", "dataset", true);
    if (dataset != null) {
      c.onlyKnown(dataset, "task.dataset", Set.of("path", "simulated", "id"));
      long given =
          Stream.of("path", "simulated", "id")
              .map(field -> c.string(dataset, "task.dataset", field, false))
              .filter(Objects::nonNull)
              .count();
      if (given != 1 && c.errors().stream().noneMatch(e -> e.path().startsWith("task.dataset."))) {
        c.error(
            "task.dataset",
            "must have exactly one of \"path\" (a .jsonl or .csv file on the workers),"
                + " \"simulated\" (a simulated task name) or \"id\" (a dataset uploaded to the"
                + " API)");
      }
      String id = c.string(dataset, "task.dataset", "id", false);
      if (id != null && !DatasetSpec.ID.matcher(id).matches()) {
        c.error(
            "task.dataset.id",
            "\"" + id + "\" is not a dataset id; expected ds- and 16 hex digits, as the API gives");
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
    checkMetric(c, task.get("metric"), "task.metric", false);
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

  /**
   * @param path where the metric is: {@code task.metric}, or a component of a composite
   * @param inComposite whether it is a component, which alone may have a weight
   */
  private static void checkMetric(
      FieldChecks c, JsonNode metric, String path, boolean inComposite) {
    if (metric == null || metric.isNull()) {
      return;
    }
    String type;
    if (metric.isTextual()) {
      type = metric.asText();
    } else if (metric.isObject()) {
      Set<String> known =
          new java.util.HashSet<>(
              Set.of(
                  "type",
                  "ignoreCase",
                  "pattern",
                  "tolerance",
                  "schema",
                  "fields",
                  "metrics",
                  "rubric",
                  "judges",
                  "samples",
                  "scale",
                  "aggregate",
                  "mode",
                  "threshold"));
      if (inComposite) {
        known.add("weight");
      }
      c.onlyKnown(metric, path, known);
      type = c.string(metric, path, "type", true);
      c.bool(metric, path, "ignoreCase");
      c.number(metric, path, "tolerance", 0, Double.MAX_VALUE, false);
      if (inComposite && metric.has("weight")) {
        Double weight = c.number(metric, path, "weight", 0, Double.MAX_VALUE, false);
        if (weight != null && weight == 0) {
          c.error(path + ".weight", "must be > 0");
        }
      }
      String pattern = c.string(metric, path, "pattern", false);
      if (pattern != null) {
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          c.error(path + ".pattern", "is not a valid regular expression: " + e.getDescription());
        }
      }
      checkJsonMatch(c, metric, path, type);
      checkJudge(c, metric, path, type);
      Double threshold = c.number(metric, path, "threshold", -1, 1, false);
      if (threshold != null && type != null && !type.equals("embedding_similarity")) {
        c.error(path + ".threshold", "belongs to embedding_similarity, not " + type);
      }
      checkComposite(c, metric, path, type);
    } else {
      c.error(
          path,
          "must be a metric name or an object with \"type\", not " + FieldChecks.describe(metric));
      return;
    }
    if (type != null && !MetricSpec.TYPES.contains(type)) {
      c.error(
          metric.isTextual() ? path : path + ".type",
          "unknown metric \""
              + type
              + "\"; expected one of: "
              + String.join(", ", MetricSpec.TYPES));
    }
    if (metric.isTextual() && ("composite".equals(type) || MetricSpec.LLM_JUDGE.equals(type))) {
      c.error(
          path,
          "a "
              + type
              + " metric needs options ("
              + ("composite".equals(type) ? "\"metrics\"" : "\"rubric\" and \"judges\"")
              + "): write it as an object");
    }
  }

  private static void checkJsonMatch(FieldChecks c, JsonNode metric, String path, String type) {
    JsonNode schema = metric.get("schema");
    if (schema != null && !schema.isObject() && !schema.isBoolean()) {
      c.error(
          path + ".schema", "must be a JSON Schema object, not " + FieldChecks.describe(schema));
    }
    JsonNode fields = metric.get("fields");
    if (fields != null) {
      if (!fields.isArray() || fields.isEmpty()) {
        c.error(path + ".fields", "must be a non-empty list of field paths such as /address/city");
      } else {
        for (int i = 0; i < fields.size(); i++) {
          if (!fields.get(i).isTextual() || fields.get(i).asText().isBlank()) {
            c.error(
                path + ".fields[" + i + "]",
                "must be a field path such as /address/city or address.city, not "
                    + FieldChecks.describe(fields.get(i)));
          }
        }
      }
    }
    if ((schema != null || fields != null) && type != null && !type.equals("json_match")) {
      c.error(path, "\"schema\" and \"fields\" belong to json_match, not " + type);
    }
  }

  private static final Set<String> JUDGE_FIELDS =
      Set.of("rubric", "judges", "samples", "scale", "aggregate", "mode");

  private static void checkJudge(FieldChecks c, JsonNode metric, String path, String type) {
    if (!MetricSpec.LLM_JUDGE.equals(type)) {
      for (String field : JUDGE_FIELDS) {
        if (metric.has(field) && type != null) {
          c.error(path + "." + field, "belongs to llm_judge, not " + type);
        }
      }
      return;
    }
    c.string(metric, path, "rubric", true);
    JsonNode judges = metric.get("judges");
    if (judges == null || !judges.isArray() || judges.isEmpty()) {
      c.error(
          path + ".judges",
          "must list the judge models, such as [{provider: openai, model: gpt-4o-mini}]");
    } else {
      for (int i = 0; i < judges.size(); i++) {
        JsonNode judge = judges.get(i);
        if (!judge.isObject()) {
          c.error(
              path + ".judges[" + i + "]",
              "must be a model such as {provider: openai, model: gpt-4o-mini}, not "
                  + FieldChecks.describe(judge));
        } else {
          ModelChecks.check(c, path + ".judges[" + i + "]", judge);
        }
      }
    }
    c.number(metric, path, "samples", 1, 20, true);
    c.number(metric, path, "scale", 2, 100, true);
    c.oneOf(metric, path, "aggregate", MetricSpec.AGGREGATES, false);
    c.oneOf(metric, path, "mode", MetricSpec.MODES, false);
  }

  private static void checkComposite(FieldChecks c, JsonNode metric, String path, String type) {
    JsonNode metrics = metric.get("metrics");
    if (!"composite".equals(type)) {
      if (metrics != null) {
        c.error(path + ".metrics", "belongs to a composite metric, not " + type);
      }
      return;
    }
    if (metrics == null || !metrics.isArray() || metrics.isEmpty()) {
      c.error(
          path + ".metrics",
          "must list the metrics to combine, such as [{type: exact_match, weight: 2}, f1]");
      return;
    }
    for (int i = 0; i < metrics.size(); i++) {
      checkMetric(c, metrics.get(i), path + ".metrics[" + i + "]", true);
    }
  }
}
