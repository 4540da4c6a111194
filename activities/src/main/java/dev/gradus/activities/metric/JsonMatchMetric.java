package dev.gradus.activities.metric;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.gradus.search.Example;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Parses the answer as JSON ({@link JsonAnswer}), checks it against an optional JSON Schema, and
 * compares fields with the target's JSON: the listed ones, or else every field the target has. The
 * score is the share of compared fields that are equal, so a prompt that gets most fields right
 * climbs; numbers are equal by value (1 and 1.0), objects regardless of key order. An answer that
 * is not JSON, or breaks the schema, scores 0 with the reason.
 */
final class JsonMatchMetric implements Metric {

  /** Schema violations named in one feedback; the rest are counted. */
  private static final int VIOLATIONS_SHOWN = 3;

  /** Numbers compare by value; everything else as Jackson does. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };

  private final JsonSchema schema;
  private final List<JsonPointer> fields;

  /**
   * @param schema a JSON Schema, or null; its {@code $schema} picks the draft (default 2020-12)
   * @param fields JSON pointers or dotted paths, or null for every field of the target
   * @throws IllegalArgumentException for a schema the validator cannot load, naming the spec field
   */
  JsonMatchMetric(JsonNode schema, List<String> fields) {
    this.schema = schema == null ? null : load(schema);
    this.fields = fields == null ? null : fields.stream().map(JsonMatchMetric::pointer).toList();
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    JsonAnswer.Result answer = JsonAnswer.parse(output);
    if (answer.value() == null) {
      return MetricResult.wrong(
          "expected JSON but the answer is not JSON (%s): %s"
              .formatted(answer.problem(), AnswerText.quote(output)));
    }
    if (schema != null) {
      Set<ValidationMessage> violations = schema.validate(answer.value());
      if (!violations.isEmpty()) {
        return MetricResult.wrong("the answer breaks the schema: " + describe(violations));
      }
    }
    MetricResult best = null;
    for (String target : example.targets()) {
      JsonAnswer.Result expected = JsonAnswer.parse(target);
      if (expected.value() == null) {
        continue;
      }
      MetricResult result = compare(expected.value(), answer.value());
      if (best == null || result.score() > best.score()) {
        best = result;
      }
    }
    return best != null
        ? best
        : MetricResult.wrong(
            "target " + AnswerText.expected(example) + " is not JSON, so no answer can match it");
  }

  private MetricResult compare(JsonNode expected, JsonNode actual) {
    List<JsonPointer> compared = fields != null ? fields : topLevelFields(expected);
    if (compared.isEmpty()) {
      return expected.equals(BY_VALUE, actual)
          ? MetricResult.correct()
          : MetricResult.wrong("expected " + expected + " but got " + actual);
    }
    List<String> wrong = new ArrayList<>();
    for (JsonPointer field : compared) {
      JsonNode want = expected.at(field);
      JsonNode got = actual.at(field);
      if (!want.equals(BY_VALUE, got)) {
        wrong.add("%s: expected %s, got %s".formatted(field, show(want), show(got)));
      }
    }
    if (wrong.isEmpty()) {
      return MetricResult.correct();
    }
    double score = 1.0 - (double) wrong.size() / compared.size();
    return new MetricResult(
        score,
        "%d of %d fields wrong: %s"
            .formatted(wrong.size(), compared.size(), String.join("; ", wrong)));
  }

  private static List<JsonPointer> topLevelFields(JsonNode expected) {
    List<JsonPointer> out = new ArrayList<>();
    if (expected.isObject()) {
      Iterator<String> names = expected.fieldNames();
      names.forEachRemaining(n -> out.add(JsonPointer.compile("/" + escape(n))));
    }
    return out;
  }

  /** The value as JSON text, so a string shows its quotes and a number does not. */
  private static String show(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    String json = node.toString();
    return json.length() <= SHOWN_LENGTH ? json : json.substring(0, SHOWN_LENGTH) + "...";
  }

  private static final int SHOWN_LENGTH = 120;

  private static String describe(Set<ValidationMessage> violations) {
    List<String> messages =
        violations.stream().map(ValidationMessage::getMessage).sorted().toList();
    String shown =
        String.join("; ", messages.subList(0, Math.min(VIOLATIONS_SHOWN, messages.size())));
    int rest = messages.size() - VIOLATIONS_SHOWN;
    return rest > 0 ? shown + " (and " + rest + " more)" : shown;
  }

  private static JsonSchema load(JsonNode schema) {
    try {
      SpecVersion.VersionFlag version =
          SpecVersionDetector.detectOptionalVersion(schema, false)
              .orElse(SpecVersion.VersionFlag.V202012);
      return JsonSchemaFactory.getInstance(version).getSchema(schema);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "task.metric.schema: not a JSON Schema the validator can load: " + e.getMessage(), e);
    }
  }

  /** "/address/city" as written, or "address.city" as a pointer. */
  static JsonPointer pointer(String field) {
    if (field.startsWith("/")) {
      return JsonPointer.compile(field);
    }
    List<String> names = List.of(field.split("\\.", -1));
    return JsonPointer.compile(
        "/" + String.join("/", names.stream().map(JsonMatchMetric::escape).toList()));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
