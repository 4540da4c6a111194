package dev.gradus.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that would deploy something broken stop the render with a message naming the field. */
class ValuesGuardTest {

  @Test
  void severalWorkersWithoutPostgresqlAreRefused() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("worker.replicas", 2)))
        .hasMessageContaining("postgresql.jdbcUrl is required when worker.replicas > 1")
        .hasMessageContaining("postgresql.allowPerPodH2=true");
    assertThatThrownBy(() -> RenderedChart.render(Map.of("worker.autoscaling.enabled", true)))
        .hasMessageContaining("postgresql.jdbcUrl is required");
  }

  @Test
  void perPodH2CanBeAllowedExplicitly() {
    RenderedChart allowed =
        RenderedChart.render(Map.of("worker.replicas", 2, "postgresql.allowPerPodH2", true));

    assertThat(allowed.worker().at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(RenderedChart.env(allowed.worker(), "QUARKUS_DATASOURCE_JDBC_URL")).isEmpty();
  }

  @Test
  void severalWorkersWithPostgresqlRender() {
    RenderedChart shared =
        RenderedChart.render(
            Map.of("worker.replicas", 2, "postgresql.jdbcUrl", OptionalObjectsTest.DB));

    assertThat(RenderedChart.envValue(shared.worker(), "QUARKUS_DATASOURCE_JDBC_URL"))
        .isEqualTo(OptionalObjectsTest.DB);
  }

  @Test
  void autoscalingWithoutACpuRequestIsRefused() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    Map.of(
                        "worker.autoscaling.enabled",
                        true,
                        "postgresql.jdbcUrl",
                        OptionalObjectsTest.DB,
                        "worker.resources.requests",
                        "null")))
        .hasMessageContaining("worker.resources.requests.cpu is required");
  }

  @Test
  void aCertificateWithoutItsKeyIsRefused() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    Map.of(
                        "temporal.tls.existingSecret", "temporal-mtls",
                        "temporal.tls.keyKey", "")))
        .hasMessageContaining("temporal.tls.certKey and temporal.tls.keyKey go together");
  }

  @Test
  void wrongTypesAreRefusedByTheSchemaNamingTheField() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("worker.replicas", "three")))
        .hasMessageContaining("/worker/replicas")
        .hasMessageContaining("integer");
    assertThatThrownBy(() -> RenderedChart.render(Map.of("api.service.port", 70000)))
        .hasMessageContaining("/api/service/port");
    assertThatThrownBy(() -> RenderedChart.render(Map.of("worker.httpMaxConnections", 0)))
        .hasMessageContaining("/worker/httpMaxConnections");
    assertThatThrownBy(() -> RenderedChart.render(Map.of("postgresql.jdbcUrl", "postgres.db:5432")))
        .hasMessageContaining("/postgresql/jdbcUrl");
  }

  @Test
  void aMisspelledKeyIsRefusedNamingIt() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("worker.replica", 2)))
        .hasMessageContaining("at '/worker'")
        .hasMessageContaining("'replica'");
  }
}
