package dev.gradus.helm;

import static dev.gradus.helm.RenderedChart.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets reach the pods only as references to existing Kubernetes Secrets. */
class SecretsTest {

  /** Part of every Secret's name in full-values.yaml, and of nothing else there. */
  static final String MARKER = "zqsecret";

  static final RenderedChart FULL = RenderedChart.render(ChartLintTest.FULL_VALUES, Map.of());

  @Test
  void everySecretComesFromItsSecretKeyRef() {
    assertSecretRef(FULL.worker(), "OPENAI_API_KEY", "gradus-zqsecret-openai", "OPENAI_API_KEY");
    assertSecretRef(
        FULL.worker(), "ANTHROPIC_API_KEY", "gradus-zqsecret-anthropic", "ANTHROPIC_API_KEY");
    assertSecretRef(FULL.api(), "GRADUS_API_TOKEN", "gradus-zqsecret-api-token", "token");
    for (JsonNode deployment : List.of(FULL.worker(), FULL.api())) {
      assertSecretRef(deployment, "TEMPORAL_API_KEY", "gradus-zqsecret-temporal-api", "api-key");
      assertSecretRef(deployment, "GRADUS_PAYLOAD_KEYS", "gradus-zqsecret-payload", "keys");
      assertSecretRef(
          deployment, "QUARKUS_DATASOURCE_PASSWORD", "gradus-zqsecret-postgres", "password");
    }
    // Each secret goes only where it is used.
    assertThat(env(FULL.api(), "OPENAI_API_KEY")).isEmpty();
    assertThat(env(FULL.api(), "ANTHROPIC_API_KEY")).isEmpty();
    assertThat(env(FULL.worker(), "GRADUS_API_TOKEN")).isEmpty();
  }

  @Test
  void secretNamesAppearOnlyAsReferencesAndTheChartMakesNoSecret() {
    List<String> places = new ArrayList<>();
    for (JsonNode object : FULL.objects()) {
      collect(object, object.path("kind").asText(), places);
    }

    // 4 per deployment (Temporal key, payload keys, database password, mTLS volume) plus the
    // worker's two provider keys, the API token, and the Ingress' certificate.
    assertThat(places)
        .isNotEmpty()
        .allMatch(
            p ->
                p.endsWith("/valueFrom/secretKeyRef/name")
                    || p.endsWith("/secret/secretName")
                    || p.matches("Ingress/spec/tls/\\d+/secretName"),
            "a reference to a Secret");
    assertThat(places).hasSize(2 * 4 + 2 + 1 + 1);
    // No rendered text carries the marker other than at those places (comments included).
    assertThat(FULL.text().split(MARKER, -1)).hasSize(places.size() + 1);
    assertThat(FULL.kinds()).noneMatch(k -> k.startsWith("Secret/"));
  }

  @Test
  void unsetSecretsLeaveTheirVariablesOut() {
    RenderedChart defaults = RenderedChart.render(Map.of());

    for (JsonNode deployment : List.of(defaults.worker(), defaults.api())) {
      for (String name :
          List.of(
              "OPENAI_API_KEY",
              "ANTHROPIC_API_KEY",
              "GRADUS_API_TOKEN",
              "TEMPORAL_API_KEY",
              "GRADUS_PAYLOAD_KEYS",
              "GRADUS_PAYLOAD_KEY_ID",
              "QUARKUS_DATASOURCE_PASSWORD",
              "TEMPORAL_TLS_CERT",
              "TEMPORAL_TLS_KEY",
              "TEMPORAL_TLS_CA")) {
        assertThat(env(deployment, name)).as(name).isEmpty();
      }
      assertThat(deployment.at("/spec/template/spec/volumes").toString()).doesNotContain("secret");
    }
    assertThat(defaults.text()).doesNotContain("secretKeyRef");
  }

  @Test
  void oneSecretSetLeavesTheOthersOut() {
    RenderedChart one =
        RenderedChart.render(Map.of("providers.openai.apiKey.secretName", "llm-keys"));

    assertSecretRef(one.worker(), "OPENAI_API_KEY", "llm-keys", "OPENAI_API_KEY");
    assertThat(env(one.worker(), "ANTHROPIC_API_KEY")).isEmpty();
  }

  @Test
  void aLiteralSecretIsRefusedNamingTheField() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("providers.openai.apiKey", "sk-live-123")))
        .hasMessageContaining("/providers/openai/apiKey");
    assertThatThrownBy(() -> RenderedChart.render(Map.of("postgresql.password", "hunter2")))
        .hasMessageContaining("/postgresql/password");
    // A literal slipped in beside the reference is refused too.
    assertThatThrownBy(() -> RenderedChart.render(Map.of("api.token.value", "let-me-in")))
        .hasMessageContaining("/api/token")
        .hasMessageContaining("value");
  }

  static void assertSecretRef(JsonNode deployment, String variable, String secret, String key) {
    JsonNode entry =
        env(deployment, variable)
            .orElseThrow(() -> new AssertionError(variable + " is not in the env"));
    assertThat(entry.has("value")).as("%s has a literal value", variable).isFalse();
    assertThat(entry.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(secret);
    assertThat(entry.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo(key);
  }

  /** Adds the JSON-pointer-like path of every string containing the marker. */
  static void collect(JsonNode node, String path, List<String> out) {
    if (node.isTextual() && node.asText().contains(MARKER)) {
      out.add(path);
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(f.getValue(), path + "/" + f.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    }
  }
}
