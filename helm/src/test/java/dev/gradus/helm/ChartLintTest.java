package dev.gradus.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartLintTest {

  static final Path FULL_VALUES = Path.of("src/test/resources/full-values.yaml");

  @Test
  void defaultsLintCleanInStrictMode() {
    LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();

    assertThat(lint.isFailed()).as("lint messages: %s", lint.getMessages()).isFalse();
    assertThat(lint.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }

  @Test
  void everyOptionSetLintsCleanInStrictMode(@TempDir Path dir) throws IOException {
    // helm lint reads only the chart's own values.yaml, so lint a copy whose values.yaml is the
    // defaults with every option of full-values.yaml laid over them.
    Path chart = copyChart(dir.resolve("gradus"));
    ObjectNode values =
        (ObjectNode) RenderedChart.YAML.readTree(chart.resolve("values.yaml").toFile());
    overlay(values, RenderedChart.YAML.readTree(FULL_VALUES.toFile()));
    RenderedChart.YAML.writeValue(chart.resolve("values.yaml").toFile(), values);

    LintResult lint = new Helm(chart).lint().strict().call();

    assertThat(lint.isFailed()).as("lint messages: %s", lint.getMessages()).isFalse();
    assertThat(lint.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    // The overlay really switched the optional objects on: lint rendered them.
    assertThat(RenderedChart.render(FULL_VALUES, Map.of()).kinds())
        .contains(
            "ServiceMonitor/gradus",
            "PodDisruptionBudget/gradus-worker",
            "Ingress/gradus-api",
            "ServiceAccount/gradus-runner");
  }

  @Test
  void fullValuesSetEveryOptionOfTheDefaults() throws IOException {
    // Keeps "every option set" true as values.yaml grows.
    List<String> defaults =
        leaves(
            RenderedChart.YAML.readTree(RenderedChart.CHART.resolve("values.yaml").toFile()), "");
    List<String> full = leaves(RenderedChart.YAML.readTree(FULL_VALUES.toFile()), "");

    assertThat(defaults)
        .allSatisfy(
            leaf ->
                assertThat(full)
                    .as("full-values.yaml sets %s", leaf)
                    .anyMatch(p -> p.equals(leaf) || p.startsWith(leaf + ".")));
  }

  static Path copyChart(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(RenderedChart.CHART)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(RenderedChart.CHART.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
    return target;
  }

  /** Lays {@code top} over {@code base}: objects merge key by key, anything else is replaced. */
  static void overlay(ObjectNode base, JsonNode top) {
    for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode existing = base.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        overlay(object, field.getValue());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  /** The dotted paths of a document's leaves; an empty object or list counts as a leaf. */
  static List<String> leaves(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node.isObject() && !node.isEmpty()) {
      node.fields()
          .forEachRemaining(f -> out.addAll(leaves(f.getValue(), path + "." + f.getKey())));
    } else {
      out.add(path);
    }
    return out;
  }
}
