package dev.gradus.activities.metric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON document in a model's answer. Models wrap JSON in a markdown fence or put a
 * sentence before it, so the answer is read as JSON whole, else its first fenced block, else from
 * its first brace or bracket to the end of the first complete value there.
 */
final class JsonAnswer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern FENCE =
      Pattern.compile("```(?:json|JSON)?\\s*\\n?(.*?)```", Pattern.DOTALL);

  private JsonAnswer() {}

  /** The answer's JSON value, or why there is none. */
  static Result parse(String answer) {
    String text = answer.strip();
    String problem;
    try {
      JsonNode whole = MAPPER.readTree(text);
      if (whole != null && !whole.isMissingNode()) {
        return new Result(whole, null);
      }
      problem = "it is empty";
    } catch (JsonProcessingException e) {
      problem = e.getOriginalMessage(); // the reason the answer as a whole is not JSON
    }
    Matcher fence = FENCE.matcher(text);
    if (fence.find()) {
      Optional<JsonNode> fenced = read(fence.group(1).strip());
      if (fenced.isPresent()) {
        return new Result(fenced.get(), null);
      }
    }
    int start = firstOpening(text);
    if (start >= 0) {
      Optional<JsonNode> embedded = read(text.substring(start));
      if (embedded.isPresent()) {
        return new Result(embedded.get(), null);
      }
    }
    return new Result(null, problem);
  }

  /**
   * @param value the parsed JSON, or null
   * @param problem why the answer is not JSON, or null
   */
  record Result(JsonNode value, String problem) {}

  /** The first complete JSON value the text starts with; trailing text is ignored. */
  private static Optional<JsonNode> read(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static int firstOpening(String text) {
    int brace = text.indexOf('{');
    int bracket = text.indexOf('[');
    if (brace < 0) {
      return bracket;
    }
    return bracket < 0 ? brace : Math.min(brace, bracket);
  }
}
