package dev.gradus.api.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.worker.image.ImageSandbox;
import dev.gradus.worker.image.ImageTarball;
import dev.gradus.worker.image.ImageTarball.LayerEntry;
import io.temporal.testserver.TestServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's container image, as `mvn verify -Dimages=true` writes it: its configuration, its
 * layers, and the image itself started on a read-only root as its own user, against a Temporal test
 * server, until it answers its health check.
 */
class ApiImageIT {

  private static final String VERSION = System.getProperty("project.version");
  private static ImageTarball image;

  @BeforeAll
  static void readImage() throws Exception {
    image = ImageTarball.read(Path.of(System.getProperty("image.tar")));
  }

  @Test
  void isNamedGradusApiAndTaggedWithTheProjectVersion() {
    assertThat(image.repoTags()).containsExactly("gradus/gradus-api:" + VERSION);
  }

  @Test
  void runsTheFastJarAsUser10001OnPort8080() {
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
    assertThat(config.path("ExposedPorts").fieldNames()).toIterable().containsExactly("8080/tcp");
    assertThat(image.environment()).containsEntry("GRADUS_CACHE_DIR", "/tmp/gradus/cache");
    assertThat(image.healthCheckCommand())
        .startsWith("java")
        .endsWith(
            "/deployments/lib/main/*",
            "dev.gradus.health.HealthProbe",
            "/q/health/live",
            "8080",
            "QUARKUS_HTTP_PORT");
  }

  @Test
  void layersHoldTheFastJarReadOnlyForTheUser() throws Exception {
    List<LayerEntry> app =
        image.layerEntries().stream().filter(e -> e.path().startsWith("/deployments/")).toList();
    assertThat(app)
        .extracting(LayerEntry::path)
        .contains(
            "/deployments/quarkus-run.jar",
            "/deployments/app/gradus-api-" + VERSION + ".jar",
            "/deployments/lib/main/dev.gradus.gradus-workflows-" + VERSION + ".jar",
            "/deployments/quarkus/quarkus-application.dat");
    assertThat(app).allSatisfy(e -> assertThat(e.uid()).isZero());
    assertThat(app).allSatisfy(e -> assertThat(e.mode() & 0022).isZero());
  }

  @Test
  void startsOnAReadOnlyRootAsUser10001AndPassesItsHealthCheck() throws Exception {
    Path target = Path.of(System.getProperty("image.tar")).getParent();
    ImageSandbox sandbox = ImageSandbox.unpack(image, target.resolve("gradus-api-image-root"));
    int temporalPort = ImageSandbox.freePort();
    int httpPort = ImageSandbox.freePort();
    Path log = target.resolve("gradus-api-image-run.log");
    try (TestServer.PortBoundTestServer temporal = TestServer.createPortBoundServer(temporalPort)) {
      Process api =
          sandbox.start(
              image.strings("Entrypoint"),
              Map.of(
                  "TEMPORAL_ADDRESS",
                  "127.0.0.1:" + temporalPort,
                  "QUARKUS_HTTP_PORT",
                  Integer.toString(httpPort)),
              log);
      try {
        ImageSandbox.awaitOk(
            URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"),
            api,
            log,
            Duration.ofMinutes(3));
        assertThat(ImageSandbox.idsOf(api, "quarkus-run.jar")).isEqualTo("10001:10001");
        // The runs list reads the results store: the H2 file in GRADUS_CACHE_DIR, writable on a
        // read-only root.
        ImageSandbox.awaitOk(
            URI.create("http://127.0.0.1:" + httpPort + "/api/runs"),
            api,
            log,
            Duration.ofSeconds(30));

        Path healthLog = target.resolve("gradus-api-health.log");
        assertThat(
                sandbox.healthCheck(
                    image, Map.of("QUARKUS_HTTP_PORT", Integer.toString(httpPort)), healthLog))
            .as(ImageSandbox.tail(healthLog))
            .isZero();
        assertThat(Files.readString(healthLog)).contains("/q/health/live 200");
        int nobody = ImageSandbox.freePort();
        assertThat(
                sandbox.healthCheck(
                    image,
                    Map.of("QUARKUS_HTTP_PORT", Integer.toString(nobody)),
                    target.resolve("gradus-api-health-down.log")))
            .isOne();
      } finally {
        ImageSandbox.stop(api);
      }
    }
  }
}
