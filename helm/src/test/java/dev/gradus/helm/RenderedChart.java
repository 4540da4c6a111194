package dev.gradus.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The chart rendered by {@code helm template} (Helm's own code, run in-process by helm-java), as
 * the Kubernetes objects it would apply.
 *
 * @param text the rendered multi-document YAML, as Helm printed it
 * @param objects each non-empty document, parsed
 */
record RenderedChart(String text, List<JsonNode> objects) {

  /** The chart under test, as checked in. */
  static final Path CHART = Path.of("gradus");

  static final String RELEASE = "gradus";

  /** helm-java renders for Kubernetes 1.20 unless told; the chart needs 1.23 or later. */
  static final String KUBE_VERSION = "v1.30.0";

  static final ObjectMapper YAML = new YAMLMapper();

  /** Renders the chart with its defaults, then {@code valuesFile} (may be null), then sets. */
  static RenderedChart render(Path valuesFile, Map<String, ?> sets) {
    TemplateCommand template =
        new Helm(CHART)
            .template()
            .withName(RELEASE)
            .withNamespace("prod")
            .withKubeVersion(KUBE_VERSION);
    if (valuesFile != null) {
      template.withValuesFile(valuesFile);
    }
    sets.forEach(template::set);
    return parse(template.call());
  }

  static RenderedChart render(Map<String, ?> sets) {
    return render(null, sets);
  }

  static RenderedChart parse(String text) {
    List<JsonNode> objects = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(text)) {
      for (var docs = YAML.readValues(parser, JsonNode.class); docs.hasNext(); ) {
        JsonNode doc = docs.next();
        if (doc != null && doc.isObject() && !doc.isEmpty()) {
          objects.add(doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("helm rendered YAML that does not parse:\n" + text, e);
    }
    return new RenderedChart(text, objects);
  }

  /** The object of this kind and name, if rendered. */
  Optional<JsonNode> find(String kind, String name) {
    return objects.stream()
        .filter(o -> kind.equals(o.path("kind").asText()))
        .filter(o -> name.equals(o.path("metadata").path("name").asText()))
        .findFirst();
  }

  JsonNode get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(
            () -> new NoSuchElementException(kind + " " + name + " not rendered; got " + kinds()));
  }

  List<String> kinds() {
    return objects.stream()
        .map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText())
        .toList();
  }

  JsonNode worker() {
    return get("Deployment", "gradus-worker");
  }

  JsonNode api() {
    return get("Deployment", "gradus-api");
  }

  /** The first container of a Deployment's pod template. */
  static JsonNode container(JsonNode deployment) {
    return deployment.path("spec").path("template").path("spec").path("containers").path(0);
  }

  /** A container's env entry by name, if present. */
  static Optional<JsonNode> env(JsonNode deployment, String name) {
    for (JsonNode entry : container(deployment).path("env")) {
      if (name.equals(entry.path("name").asText())) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The plain value of an env entry; fails when the entry is missing or not a plain value. */
  static String envValue(JsonNode deployment, String name) {
    JsonNode entry =
        env(deployment, name).orElseThrow(() -> new AssertionError(name + " is not in the env"));
    if (!entry.has("value")) {
      throw new AssertionError(name + " has no plain value: " + entry);
    }
    return entry.get("value").asText();
  }

  static ObjectNode object() {
    return YAML.createObjectNode();
  }
}
