package dev.gradus.helm;

import static dev.gradus.helm.RenderedChart.container;
import static dev.gradus.helm.RenderedChart.envValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worker's and the API's Deployments: images, settings, probes, security, scraping. */
class WorkloadsTest {

  static final RenderedChart DEFAULTS = RenderedChart.render(Map.of());
  static final RenderedChart FULL = RenderedChart.render(ChartLintTest.FULL_VALUES, Map.of());

  @Test
  void imagesDefaultToTheOnesThisBuildMakes() {
    String version = System.getProperty("gradus.version");
    assertThat(version).as("the Maven project version, from the build").isNotBlank();
    assertThat(container(DEFAULTS.worker()).path("image").asText())
        .isEqualTo("gradus/gradus-worker:" + version);
    assertThat(container(DEFAULTS.api()).path("image").asText())
        .isEqualTo("gradus/gradus-api:" + version);
    assertThat(container(DEFAULTS.worker()).path("imagePullPolicy").asText())
        .isEqualTo("IfNotPresent");
  }

  @Test
  void imageRepositoryTagAndPolicyAreTheValues() {
    assertThat(container(FULL.worker()).path("image").asText())
        .isEqualTo("registry.example/gradus/gradus-worker:0.1.0-SNAPSHOT");
    assertThat(container(FULL.api()).path("image").asText())
        .isEqualTo("registry.example/gradus/gradus-api:0.1.0-SNAPSHOT");
    assertThat(container(FULL.api()).path("imagePullPolicy").asText()).isEqualTo("Always");
    assertThat(FULL.worker().at("/spec/template/spec/imagePullSecrets/0/name").asText())
        .isEqualTo("registry-creds");
  }

  @Test
  void workerGetsItsSettingsFromValues() {
    JsonNode worker = FULL.worker();

    assertThat(worker.at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(envValue(worker, "GRADUS_MAX_CONCURRENT_ACTIVITIES")).isEqualTo("32");
    assertThat(envValue(worker, "GRADUS_HTTP_MAX_CONNECTIONS")).isEqualTo("24");
    assertThat(envValue(worker, "GRADUS_RATE_LIMITS"))
        .isEqualTo("openai/gpt-4o-mini = 5/s, 8 concurrent; anthropic = 50/min");
    assertThat(envValue(worker, "GRADUS_PRICES"))
        .isEqualTo("openai/my-fine-tune = 0.30 in, 1.20 out");
    assertThat(envValue(worker, "GRADUS_TASK_QUEUE")).isEqualTo("gradus-prod");
    assertThat(envValue(worker, "GRADUS_TEMPORAL_CONNECT_TIMEOUT")).isEqualTo("2m");
    assertThat(envValue(worker, "GRADUS_DRAIN_TIMEOUT")).isEqualTo("100s");
    assertThat(envValue(worker, "OPENAI_BASE_URL")).isEqualTo("https://llm.internal.example/v1");
    assertThat(envValue(worker, "ANTHROPIC_BASE_URL"))
        .isEqualTo("https://anthropic.internal.example");
    assertThat(envValue(worker, "GRADUS_OPENAI_TIMEOUT")).isEqualTo("120s");
    assertThat(envValue(worker, "TZ")).isEqualTo("UTC");
    assertThat(worker.at("/spec/template/spec/containers/0/resources/requests/cpu").asText())
        .isEqualTo("1");
    assertThat(worker.at("/spec/template/spec/terminationGracePeriodSeconds").asInt())
        .isEqualTo(120);
  }

  @Test
  void unsetOptionalSettingsLeaveTheApplicationDefaults() {
    JsonNode worker = DEFAULTS.worker();

    assertThat(names(worker))
        .doesNotContain(
            "GRADUS_HTTP_MAX_CONNECTIONS",
            "GRADUS_RATE_LIMITS",
            "GRADUS_PRICES",
            "OPENAI_BASE_URL",
            "ANTHROPIC_BASE_URL",
            "TEMPORAL_TLS",
            "QUARKUS_DATASOURCE_JDBC_URL");
    // Longer than the worker's drain of in-flight calls at SIGTERM, with room for the JVM to stop.
    String drain = envValue(worker, "GRADUS_DRAIN_TIMEOUT");
    assertThat(drain).matches("\\d+s");
    assertThat(worker.at("/spec/template/spec/terminationGracePeriodSeconds").asInt())
        .isGreaterThan(Integer.parseInt(drain.replace("s", "")) + 10);
  }

  @Test
  void bothTalkToTheSameTemporalAndDatabase() {
    for (JsonNode deployment : List.of(FULL.worker(), FULL.api())) {
      assertThat(envValue(deployment, "TEMPORAL_ADDRESS"))
          .isEqualTo("my-ns.a1b2c.tmprl.cloud:7233");
      assertThat(envValue(deployment, "TEMPORAL_NAMESPACE")).isEqualTo("my-ns.a1b2c");
      assertThat(envValue(deployment, "TEMPORAL_TLS")).isEqualTo("true");
      assertThat(envValue(deployment, "TEMPORAL_TLS_SERVER_NAME"))
          .isEqualTo("my-ns.a1b2c.tmprl.cloud");
      assertThat(envValue(deployment, "QUARKUS_DATASOURCE_JDBC_URL"))
          .isEqualTo("jdbc:postgresql://postgres.db:5432/gradus");
      assertThat(envValue(deployment, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo("gradus_app");
      assertThat(envValue(deployment, "GRADUS_PAYLOAD_KEY_ID")).isEqualTo("k2");
      assertThat(envValue(deployment, "GRADUS_CACHE_DIR")).isEqualTo("/var/cache/gradus");
    }
    assertThat(envValue(FULL.api(), "GRADUS_API_MAX_BODY_SIZE")).isEqualTo("64M");
    assertThat(envValue(FULL.api(), "GRADUS_CORS_ORIGINS"))
        .isEqualTo("https://temporal-ui.example");
    assertThat(RenderedChart.env(DEFAULTS.api(), "GRADUS_CORS_ORIGINS"))
        .as("same origin only")
        .isEmpty();
    assertThat(envValue(DEFAULTS.worker(), "GRADUS_DRAIN_TIMEOUT")).isEqualTo("75s");
    assertThat(FULL.api().at("/spec/replicas").asInt()).isEqualTo(2);
  }

  @Test
  void mtlsFilesAreMountedFromTheSecretAndNamedByTheEnv() {
    for (JsonNode deployment : List.of(FULL.worker(), FULL.api())) {
      JsonNode pod = deployment.at("/spec/template/spec");
      JsonNode volume = byName(pod.path("volumes"), "temporal-tls");
      assertThat(volume.at("/secret/secretName").asText())
          .isEqualTo("gradus-zqsecret-temporal-mtls");
      assertThat(volume.at("/secret/items").toString())
          .contains("{\"key\":\"client.pem\",\"path\":\"tls.crt\"}")
          .contains("{\"key\":\"client.key\",\"path\":\"tls.key\"}")
          .contains("{\"key\":\"ca.pem\",\"path\":\"ca.crt\"}");
      JsonNode mount = byName(container(deployment).path("volumeMounts"), "temporal-tls");
      assertThat(mount.path("mountPath").asText()).isEqualTo("/etc/gradus/temporal-tls");
      assertThat(mount.path("readOnly").asBoolean()).isTrue();
      assertThat(envValue(deployment, "TEMPORAL_TLS_CERT"))
          .isEqualTo("/etc/gradus/temporal-tls/tls.crt");
      assertThat(envValue(deployment, "TEMPORAL_TLS_KEY"))
          .isEqualTo("/etc/gradus/temporal-tls/tls.key");
      assertThat(envValue(deployment, "TEMPORAL_TLS_CA"))
          .isEqualTo("/etc/gradus/temporal-tls/ca.crt");
    }
  }

  @Test
  void probesAskTheHealthEndpointsOnEachComponentsPort() {
    assertProbes(DEFAULTS.worker(), 8081);
    assertProbes(DEFAULTS.api(), 8080);
  }

  @Test
  void podsRunAsNonRootOnAReadOnlyRootWithWritableTmpAndCache() {
    for (JsonNode deployment : List.of(DEFAULTS.worker(), DEFAULTS.api())) {
      JsonNode pod = deployment.at("/spec/template/spec");
      assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
      assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
      JsonNode security = container(deployment).path("securityContext");
      assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
      assertThat(security.path("runAsUser").asInt()).isEqualTo(10001);
      assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
      assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
      assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
      assertThat(security.at("/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
      JsonNode mounts = container(deployment).path("volumeMounts");
      assertThat(byName(mounts, "tmp").path("mountPath").asText()).isEqualTo("/tmp");
      assertThat(byName(mounts, "cache").path("mountPath").asText())
          .isEqualTo(envValue(deployment, "GRADUS_CACHE_DIR"));
      assertThat(byName(pod.path("volumes"), "tmp").has("emptyDir")).isTrue();
      assertThat(byName(pod.path("volumes"), "cache").has("emptyDir")).isTrue();
      assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
    }
  }

  @Test
  void podsCarryPrometheusScrapeAnnotationsUnlessTurnedOff() {
    assertThat(annotations(DEFAULTS.worker()))
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/port", "8081")
        .containsEntry("prometheus.io/path", "/q/metrics");
    assertThat(annotations(DEFAULTS.api()))
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/port", "8080")
        .containsEntry("prometheus.io/path", "/q/metrics");
    // Pod annotations of the values join them, the shared ones and the component's own.
    assertThat(annotations(FULL.worker()))
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("team", "ml-platform")
        .containsEntry("example.com/cost-center", "ml");

    RenderedChart off = RenderedChart.render(Map.of("metrics.scrapeAnnotations", false));
    assertThat(annotations(off.worker())).doesNotContainKey("prometheus.io/scrape");
    assertThat(annotations(off.api())).doesNotContainKey("prometheus.io/scrape");
  }

  @Test
  void schedulingAndServiceAccountApplyToBothPods() {
    for (JsonNode deployment : List.of(FULL.worker(), FULL.api())) {
      JsonNode pod = deployment.at("/spec/template/spec");
      assertThat(pod.path("serviceAccountName").asText()).isEqualTo("gradus-runner");
      assertThat(pod.at("/nodeSelector/kubernetes.io~1os").asText()).isEqualTo("linux");
      assertThat(pod.at("/tolerations/0/value").asText()).isEqualTo("gradus");
      assertThat(pod.at("/affinity/podAntiAffinity").isObject()).isTrue();
    }
    assertThat(FULL.get("ServiceAccount", "gradus-runner").at("/metadata/annotations").toString())
        .contains("arn:aws:iam::123456789012:role/gradus");
    assertThat(DEFAULTS.find("ServiceAccount", "gradus")).isEmpty();
    assertThat(DEFAULTS.worker().at("/spec/template/spec/serviceAccountName").asText())
        .isEqualTo("default");
  }

  @Test
  void apiServiceExposesPort8080ByDefault() {
    JsonNode service = DEFAULTS.get("Service", "gradus-api");

    assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(8080);
    assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    assertThat(container(DEFAULTS.api()).at("/ports/0/containerPort").asInt()).isEqualTo(8080);
    assertThat(service.at("/spec/selector").toString())
        .contains("\"app.kubernetes.io/component\":\"api\"");
  }

  @Test
  void apiCanBeLeftOut() {
    RenderedChart workerOnly = RenderedChart.render(Map.of("api.enabled", false));

    assertThat(workerOnly.kinds())
        .containsExactlyInAnyOrder("Deployment/gradus-worker", "Service/gradus-worker");
  }

  static void assertProbes(JsonNode deployment, int port) {
    JsonNode container = container(deployment);
    assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
    assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(port);
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo("http");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
  }

  static JsonNode byName(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(item.path("name").asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + name + " in " + list);
  }

  static List<String> names(JsonNode deployment) {
    List<String> names = new java.util.ArrayList<>();
    container(deployment).path("env").forEach(entry -> names.add(entry.path("name").asText()));
    return names;
  }

  static Map<String, String> annotations(JsonNode deployment) {
    JsonNode node = deployment.at("/spec/template/metadata/annotations");
    return RenderedChart.YAML.convertValue(
        node.isMissingNode() ? RenderedChart.object() : node,
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
  }
}
