package dev.gradus.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates run specs written in YAML or JSON (JSON is YAML, so one parser reads both).
 * Nothing is started from a spec that fails here: every error is reported at once.
 */
public final class SpecReader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SpecReader() {}

  /**
   * Reads a spec file. A relative {@code task.dataset.path} is resolved against the spec file's
   * folder, so a spec can sit beside its data, and a missing file is reported now rather than by a
   * worker later.
   *
   * @throws InvalidSpecException with every error found, each naming its path
   */
  public static RunSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new InvalidSpecException(
          List.of(new SpecError("(file)", "cannot read " + file + ": " + e.getMessage())));
    }
    JsonNode tree = tree(text);
    List<SpecError> errors = new ArrayList<>(SpecValidator.validate(tree));
    JsonNode dataset = tree.path("task").path("dataset");
    if (dataset.path("path").isTextual()) {
      Path data = Path.of(dataset.path("path").asText());
      Path resolved =
          (data.isAbsolute() ? data : file.toAbsolutePath().getParent().resolve(data)).normalize();
      ((ObjectNode) dataset).put("path", resolved.toString());
      if (!Files.isReadable(resolved)) {
        errors.add(
            new SpecError("task.dataset.path", "file not found or not readable: " + resolved));
      }
    }
    return convert(tree, errors);
  }

  /** Parses and validates a spec given as YAML or JSON text; dataset paths are taken as given. */
  public static RunSpec parse(String text) {
    return parse(tree(text));
  }

  /** Validates and converts a spec already parsed, such as one nested in a larger document. */
  public static RunSpec parse(JsonNode tree) {
    return convert(tree, SpecValidator.validate(tree));
  }

  /**
   * Parses YAML or JSON text to a tree, as specs are read.
   *
   * @throws InvalidSpecException naming the line and column of a syntax error, or an empty text
   */
  public static JsonNode readTree(String text) {
    return tree(text);
  }

  /** Validates a spec that arrived as a record, for example as a workflow input. */
  public static List<SpecError> validate(RunSpec spec) {
    return SpecValidator.validate(MAPPER.valueToTree(spec));
  }

  /** The spec as JSON, the form the Temporal CLI sends. */
  public static String toJson(RunSpec spec) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode tree(String text) {
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        throw new InvalidSpecException(List.of(new SpecError("(document)", "is empty")));
      }
      return tree;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidSpecException(
          List.of(
              new SpecError(
                  "(document)",
                  "is not valid YAML or JSON" + where + ": " + e.getOriginalMessage())));
    }
  }

  private static RunSpec convert(JsonNode tree, List<SpecError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidSpecException(errors);
    }
    try {
      return MAPPER.treeToValue(tree, RunSpec.class);
    } catch (JsonProcessingException e) {
      // Validation accepts only what converts; reaching this is a bug, reported as plainly as we
      // can.
      throw new InvalidSpecException(List.of(new SpecError("(document)", e.getOriginalMessage())));
    }
  }
}
