package dev.gradus.worker.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.worker.image.ImageTarball.LayerEntry;
import io.temporal.testserver.TestServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker's container image, as `mvn verify -Dimages=true` writes it: its configuration, its
 * layers, and the image itself started on a read-only root as its own user, against a Temporal test
 * server, until it answers its health check.
 */
class WorkerImageIT {

  private static final String VERSION = System.getProperty("project.version");
  private static ImageTarball image;

  @BeforeAll
  static void readImage() throws Exception {
    image = ImageTarball.read(Path.of(System.getProperty("image.tar")));
  }

  @Test
  void isNamedGradusWorkerAndTaggedWithTheProjectVersion() {
    assertThat(image.repoTags()).containsExactly("gradus/gradus-worker:" + VERSION);
  }

  @Test
  void runsTheFastJarAsUser10001WithContainerAwareHeap() {
    JsonNode config = image.containerConfig();
    assertThat(config.path("User").asText()).isEqualTo("10001:10001");
    assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");
    assertThat(image.strings("Entrypoint"))
        .containsExactly(
            "java",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-XX:MaxRAMPercentage=75",
            "-XX:+ExitOnOutOfMemoryError",
            "-jar",
            "quarkus-run.jar");
    assertThat(config.path("ExposedPorts").fieldNames()).toIterable().containsExactly("8081/tcp");
    assertThat(image.environment()).containsEntry("GRADUS_CACHE_DIR", "/tmp/gradus/cache");
  }

  @Test
  void carriesADockerHealthCheckOnLivenessRunByTheImagesJava() {
    JsonNode check = image.containerConfig().path("Healthcheck");
    List<String> test = new ArrayList<>();
    check.path("Test").forEach(word -> test.add(word.asText()));
    assertThat(test).startsWith("CMD", "java");
    assertThat(test)
        .endsWith(
            "-cp",
            "/deployments/lib/main/*",
            "dev.gradus.health.HealthProbe",
            "/q/health/live",
            "8081",
            "QUARKUS_HTTP_PORT",
            "GRADUS_WORKER_PORT");
    assertThat(check.path("Interval").asLong()).isEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(check.path("Retries").asInt()).isEqualTo(3);
  }

  @Test
  void layersHoldTheFastJarReadOnlyForTheUser() throws Exception {
    List<LayerEntry> app =
        image.layerEntries().stream().filter(e -> e.path().startsWith("/deployments/")).toList();
    assertThat(app)
        .extracting(LayerEntry::path)
        .contains(
            "/deployments/quarkus-run.jar",
            "/deployments/app/gradus-worker-" + VERSION + ".jar",
            "/deployments/lib/main/io.temporal.temporal-sdk-1.38.0.jar",
            "/deployments/quarkus/quarkus-application.dat");
    // The application cannot change itself: root owns it and only root may write it.
    assertThat(app).allSatisfy(e -> assertThat(e.uid()).isZero());
    assertThat(app).allSatisfy(e -> assertThat(e.mode() & 0022).isZero());
    // Dependencies change seldom, the application often: they are in separate layers, so a
    // rebuild pushes only the small one.
    String sdkLayer = layerOf(app, "/deployments/lib/main/io.temporal.temporal-sdk-1.38.0.jar");
    String appLayer = layerOf(app, "/deployments/app/gradus-worker-" + VERSION + ".jar");
    assertThat(sdkLayer).isNotEqualTo(appLayer);
  }

  @Test
  void startsOnAReadOnlyRootAsUser10001AndPassesItsHealthCheck() throws Exception {
    Path target = Path.of(System.getProperty("image.tar")).getParent();
    ImageSandbox sandbox = ImageSandbox.unpack(image, target.resolve("gradus-worker-image-root"));
    int temporalPort = ImageSandbox.freePort();
    int httpPort = ImageSandbox.freePort();
    Path log = target.resolve("gradus-worker-image-run.log");
    try (TestServer.PortBoundTestServer temporal = TestServer.createPortBoundServer(temporalPort)) {
      Process worker =
          sandbox.start(
              image.strings("Entrypoint"),
              Map.of(
                  "TEMPORAL_ADDRESS",
                  "127.0.0.1:" + temporalPort,
                  "GRADUS_WORKER_PORT",
                  Integer.toString(httpPort)),
              log);
      try {
        ImageSandbox.awaitOk(
            URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"),
            worker,
            log,
            Duration.ofMinutes(3));
        assertThat(ImageSandbox.idsOf(worker, "quarkus-run.jar")).isEqualTo("10001:10001");
        // The response cache opened its H2 file in GRADUS_CACHE_DIR: writable on a read-only root.
        assertThat(Files.readString(log))
            .contains("worker polling task queue gradus")
            .contains("response cache in")
            .doesNotContain("could not create its table");

        // Docker's health check, as Docker runs it: the image's command, in the image.
        assertThat(
                sandbox.healthCheck(
                    image,
                    Map.of("GRADUS_WORKER_PORT", Integer.toString(httpPort)),
                    target.resolve("health-ok.log")))
            .isZero();
        assertThat(Files.readString(target.resolve("health-ok.log")))
            .contains("/q/health/live 200");
        int nobody = ImageSandbox.freePort();
        assertThat(
                sandbox.healthCheck(
                    image,
                    Map.of("GRADUS_WORKER_PORT", Integer.toString(nobody)),
                    target.resolve("health-down.log")))
            .isOne();
      } finally {
        ImageSandbox.stop(worker);
      }
    }
  }

  private static String layerOf(List<LayerEntry> entries, String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow().layer();
  }
}
