package dev.gradus.activities.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.List;

/** JSON Lines: one JSON object per line; blank lines are skipped but still counted. */
final class JsonlFormat {

  // Strict on duplicates and trailing tokens: a line that silently loses data is worse than an
  // error.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonlFormat() {}

  static List<Example> parse(String source, String stem, String text) {
    ExampleBuilder builder = new ExampleBuilder(source, stem, "line");
    List<Example> examples = new ArrayList<>();
    int lineNumber = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = readLine(source, lineNumber, line);
      if (!(node instanceof ObjectNode object)) {
        throw new DatasetException(
            source, lineNumber, "expected a JSON object, got " + ExampleBuilder.describe(node));
      }
      examples.add(builder.build(object, lineNumber));
    }
    return examples;
  }

  private static JsonNode readLine(String source, int lineNumber, String line) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      throw new DatasetException(
          source, lineNumber, "not valid JSON: " + e.getOriginalMessage() + where, e);
    }
  }
}
