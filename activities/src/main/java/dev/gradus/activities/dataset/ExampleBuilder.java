package dev.gradus.activities.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one parsed record (a JSONL object, or a CSV row already shaped like one) into an {@link
 * Example}, so that both file formats obey exactly the same field rules and error messages. One
 * instance reads one file: it remembers ids to reject duplicates, which would make reports
 * ambiguous.
 */
final class ExampleBuilder {

  /** The fields with a meaning of their own; every other field is kept for templates. */
  static final Set<String> RESERVED = Set.of("input", "target", "targets", "id");

  private static final String NEEDS = "each %s needs \"input\" and \"target\" or \"targets\"";

  private final String source;
  private final String stem;
  private final String recordNoun;
  private final Map<String, Integer> lineById = new HashMap<>();

  /**
   * @param source how the file is named in error messages
   * @param stem the file name without extension, used for default ids
   * @param recordNoun "line" or "row", as the user thinks of a record in this format
   */
  ExampleBuilder(String source, String stem, String recordNoun) {
    this.source = source;
    this.stem = stem;
    this.recordNoun = recordNoun;
  }

  Example build(ObjectNode node, int line) {
    String input = requiredString(node, "input", line);
    List<String> targets = targets(node, line);
    JsonNode targetNode = node.get("target");
    String target;
    if (present(targetNode)) {
      target = scalarText(targetNode, "target", line);
      if (!targets.isEmpty() && !targets.contains(target)) {
        // The target is always acceptable, and Example wants it first in the list.
        targets.add(0, target);
      }
    } else if (!targets.isEmpty()) {
      target = targets.get(0);
    } else {
      throw error(line, "missing field \"target\" (" + NEEDS.formatted(recordNoun) + ")");
    }
    String id = id(node, line);
    return new Example(id, input, target, targets, fields(node));
  }

  private String requiredString(ObjectNode node, String name, int line) {
    JsonNode value = node.get(name);
    if (!present(value)) {
      throw error(line, "missing field \"" + name + "\" (" + NEEDS.formatted(recordNoun) + ")");
    }
    if (!value.isTextual()) {
      throw error(line, "field \"" + name + "\" must be a string, got " + describe(value));
    }
    return value.textValue();
  }

  private List<String> targets(ObjectNode node, int line) {
    JsonNode value = node.get("targets");
    List<String> targets = new ArrayList<>();
    if (!present(value)) {
      return targets;
    }
    if (!value.isArray() || value.isEmpty()) {
      throw error(
          line, "field \"targets\" must be a non-empty list of strings, got " + describe(value));
    }
    for (int i = 0; i < value.size(); i++) {
      targets.add(scalarText(value.get(i), "targets[" + i + "]", line));
    }
    return targets;
  }

  private String id(ObjectNode node, int line) {
    JsonNode value = node.get("id");
    String id = present(value) ? scalarText(value, "id", line) : stem + "/" + line;
    Integer earlier = lineById.putIfAbsent(id, line);
    if (earlier != null) {
      throw error(
          line, "duplicate id \"" + id + "\" (first used on " + recordNoun + " " + earlier + ")");
    }
    return id;
  }

  /** Numbers and booleans are accepted as text, since "42" and 42 mean the same answer. */
  private String scalarText(JsonNode value, String name, int line) {
    if (value.isTextual() || value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    throw error(line, "field \"" + name + "\" must be a string, got " + describe(value));
  }

  /** Every other field is kept as text for templates; nested values keep their JSON form. */
  private static Map<String, String> fields(ObjectNode node) {
    Map<String, String> fields = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (!RESERVED.contains(entry.getKey()) && !value.isNull()) {
        fields.put(entry.getKey(), value.isValueNode() ? value.asText() : value.toString());
      }
    }
    return fields;
  }

  private static boolean present(JsonNode value) {
    return value != null && !value.isNull() && !value.isMissingNode();
  }

  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL, MISSING -> "null";
      default -> value.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private DatasetException error(int line, String problem) {
    return new DatasetException(source, line, problem);
  }
}
