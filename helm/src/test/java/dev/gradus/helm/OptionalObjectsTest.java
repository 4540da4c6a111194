package dev.gradus.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ServiceMonitor, PodDisruptionBudget, HorizontalPodAutoscaler and Ingress, on and off. */
class OptionalObjectsTest {

  static final String DB = "jdbc:postgresql://postgres.db:5432/gradus";

  static final RenderedChart DEFAULTS = RenderedChart.render(Map.of());

  @Test
  void defaultsRenderNoOptionalObject() {
    assertThat(DEFAULTS.kinds())
        .containsExactlyInAnyOrder(
            "Deployment/gradus-worker",
            "Deployment/gradus-api",
            "Service/gradus-worker",
            "Service/gradus-api");
  }

  @Test
  void serviceMonitorScrapesBothServicesWhenEnabled() {
    RenderedChart on =
        RenderedChart.render(
            Map.of(
                "metrics.serviceMonitor.enabled",
                true,
                "metrics.serviceMonitor.labels.release",
                "prometheus"));

    JsonNode monitor = on.get("ServiceMonitor", "gradus");
    assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(monitor.at("/metadata/labels/release").asText()).isEqualTo("prometheus");
    assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("http");
    assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
    // Its selector matches both Services (and nothing of another release).
    JsonNode selector = monitor.at("/spec/selector/matchLabels");
    assertThat(selector.has("app.kubernetes.io/component")).isFalse();
    for (String service : new String[] {"gradus-worker", "gradus-api"}) {
      JsonNode labels = on.get("Service", service).at("/metadata/labels");
      selector
          .fields()
          .forEachRemaining(
              f -> assertThat(labels.path(f.getKey()).asText()).isEqualTo(f.getValue().asText()));
      assertThat(on.get("Service", service).at("/spec/ports/0/name").asText()).isEqualTo("http");
    }
  }

  @Test
  void pdbComesWithSeveralWorkersAndTakesMinAvailableOrMaxUnavailable() {
    RenderedChart three =
        RenderedChart.render(Map.of("worker.replicas", 3, "postgresql.jdbcUrl", DB));
    JsonNode pdb = three.get("PodDisruptionBudget", "gradus-worker");
    assertThat(pdb.path("apiVersion").asText()).isEqualTo("policy/v1");
    assertThat(pdb.at("/spec/minAvailable").asInt()).isEqualTo(1);
    assertThat(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1component").asText())
        .isEqualTo("worker");

    JsonNode percent =
        RenderedChart.render(
                Map.of(
                    "worker.replicas",
                    3,
                    "postgresql.jdbcUrl",
                    DB,
                    "worker.podDisruptionBudget.maxUnavailable",
                    "50%"))
            .get("PodDisruptionBudget", "gradus-worker");
    assertThat(percent.at("/spec/maxUnavailable").asText()).isEqualTo("50%");
    assertThat(percent.at("/spec").has("minAvailable")).isFalse();

    assertThat(DEFAULTS.find("PodDisruptionBudget", "gradus-worker"))
        .as("one worker: a budget would only block node drains")
        .isEmpty();
    assertThat(
            RenderedChart.render(
                    Map.of(
                        "worker.replicas",
                        3,
                        "postgresql.jdbcUrl",
                        DB,
                        "worker.podDisruptionBudget.enabled",
                        false))
                .find("PodDisruptionBudget", "gradus-worker"))
        .isEmpty();
  }

  @Test
  void hpaScalesTheWorkerOnCpuAndTheDeploymentLeavesReplicasToIt() {
    RenderedChart on =
        RenderedChart.render(
            Map.of(
                "worker.autoscaling.enabled",
                true,
                "worker.autoscaling.maxReplicas",
                8,
                "postgresql.jdbcUrl",
                DB));

    JsonNode hpa = on.get("HorizontalPodAutoscaler", "gradus-worker");
    assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
    assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
    assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("gradus-worker");
    assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(2);
    assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(8);
    assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    assertThat(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
    assertThat(on.worker().path("spec").has("replicas")).isFalse();
    // minReplicas 2 means several workers: the budget comes too.
    assertThat(on.find("PodDisruptionBudget", "gradus-worker")).isPresent();

    assertThat(DEFAULTS.find("HorizontalPodAutoscaler", "gradus-worker")).isEmpty();
    assertThat(DEFAULTS.worker().at("/spec/replicas").asInt()).isEqualTo(1);
  }

  @Test
  void ingressRoutesItsHostsToTheApiServiceWithTls() {
    RenderedChart on =
        RenderedChart.render(
            Map.of(
                "api.ingress.enabled", true,
                "api.ingress.className", "nginx",
                "api.ingress.hosts[0].host", "gradus.acme.test",
                "api.ingress.hosts[0].paths[0].path", "/",
                "api.ingress.hosts[0].paths[0].pathType", "Prefix",
                "api.ingress.tls[0].secretName", "gradus-cert",
                "api.ingress.tls[0].hosts[0]", "gradus.acme.test",
                "api.service.port", 80));

    JsonNode ingress = on.get("Ingress", "gradus-api");
    assertThat(ingress.path("apiVersion").asText()).isEqualTo("networking.k8s.io/v1");
    assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
    assertThat(ingress.at("/spec/rules/0/host").asText()).isEqualTo("gradus.acme.test");
    JsonNode backend = ingress.at("/spec/rules/0/http/paths/0/backend/service");
    assertThat(backend.path("name").asText()).isEqualTo("gradus-api");
    assertThat(backend.at("/port/number").asInt()).isEqualTo(80);
    assertThat(ingress.at("/spec/tls/0/secretName").asText()).isEqualTo("gradus-cert");
    assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo("gradus.acme.test");
    assertThat(on.get("Service", "gradus-api").at("/spec/ports/0/port").asInt()).isEqualTo(80);

    assertThat(DEFAULTS.find("Ingress", "gradus-api")).isEmpty();
  }
}
