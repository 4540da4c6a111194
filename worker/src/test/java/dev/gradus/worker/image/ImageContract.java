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
import org.junit.jupiter.api.TestInstance;

/**
 * What each of Gradus' container images must be, as `mvn verify -Dimages=true` writes it: its name,
 * user, entrypoint, port and health check; its layers; and the image itself started on a read-only
 * root as its own user, against a Temporal test server, until it is ready and passes its own health
 * check. Each application's test names its image and adds what only it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImageContract {

  protected static final String VERSION = System.getProperty("project.version");
  private static final String SDK_JAR = "/deployments/lib/main/io.temporal.temporal-sdk-1.38.0.jar";

  private final String app;
  private final int port;
  private final String portVariable;
  private final List<String> healthCheckPorts;
  protected ImageTarball image;

  /**
   * @param app the application: {@code worker} or {@code api}
   * @param port the port the image exposes
   * @param portVariable the variable that moves the application's port
   * @param healthCheckPortVariables the variables the health check reads the port from, in order
   */
  protected ImageContract(
      String app, int port, String portVariable, String... healthCheckPortVariables) {
    this.app = app;
    this.port = port;
    this.portVariable = portVariable;
    this.healthCheckPorts = List.of(healthCheckPortVariables);
  }

  @BeforeAll
  void readImage() throws Exception {
    image = ImageTarball.read(Path.of(System.getProperty("image.tar")));
  }

  /**
   * What the application started from the image must show besides its readiness.
   *
   * @param httpPort where it listens
   */
  protected abstract void checkRunning(int httpPort, Process process, Path log) throws Exception;

  @Test
  void isNamedAfterItsApplicationAndTaggedWithTheProjectVersion() {
    assertThat(image.repoTags()).containsExactly("gradus/gradus-" + app + ":" + VERSION);
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
    assertThat(config.path("ExposedPorts").fieldNames())
        .toIterable()
        .containsExactly(port + "/tcp");
    assertThat(image.environment()).containsEntry("GRADUS_CACHE_DIR", "/tmp/gradus/cache");
  }

  @Test
  void carriesADockerHealthCheckOnLivenessRunByTheImagesJava() {
    JsonNode check = image.containerConfig().path("Healthcheck");
    List<String> tail =
        new ArrayList<>(
            List.of(
                "-cp",
                "/deployments/lib/main/*",
                "dev.gradus.health.HealthProbe",
                "/q/health/live",
                Integer.toString(port)));
    tail.addAll(healthCheckPorts);
    assertThat(image.healthCheckCommand()).startsWith("java").endsWith(tail.toArray(String[]::new));
    assertThat(check.path("Interval").asLong()).isEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(check.path("Retries").asInt()).isEqualTo(3);
  }

  @Test
  void layersHoldTheFastJarReadOnlyForTheUser() throws Exception {
    List<LayerEntry> files =
        image.layerEntries().stream().filter(e -> e.path().startsWith("/deployments/")).toList();
    String appJar = "/deployments/app/gradus-" + app + "-" + VERSION + ".jar";
    assertThat(files)
        .extracting(LayerEntry::path)
        .contains(
            "/deployments/quarkus-run.jar",
            appJar,
            SDK_JAR,
            "/deployments/lib/main/dev.gradus.gradus-workflows-" + VERSION + ".jar",
            "/deployments/quarkus/quarkus-application.dat");
    // The application cannot change itself: root owns it and only root may write it.
    assertThat(files).allSatisfy(e -> assertThat(e.uid()).isZero());
    assertThat(files).allSatisfy(e -> assertThat(e.mode() & 0022).isZero());
    // Dependencies change seldom, the application often: they are in separate layers, so a
    // rebuild pushes only the small one.
    assertThat(layerOf(files, SDK_JAR)).isNotEqualTo(layerOf(files, appJar));
  }

  @Test
  void startsOnAReadOnlyRootAsUser10001AndPassesItsHealthCheck() throws Exception {
    Path target = Path.of(System.getProperty("image.tar")).getParent();
    String name = "gradus-" + app + "-image";
    ImageSandbox sandbox = ImageSandbox.unpack(image, target.resolve(name + "-root"));
    int temporalPort = ImageSandbox.freePort();
    int httpPort = ImageSandbox.freePort();
    Path log = target.resolve(name + "-run.log");
    try (TestServer.PortBoundTestServer temporal = TestServer.createPortBoundServer(temporalPort)) {
      Process process =
          sandbox.start(
              image.strings("Entrypoint"),
              Map.of(
                  "TEMPORAL_ADDRESS",
                  "127.0.0.1:" + temporalPort,
                  portVariable,
                  Integer.toString(httpPort)),
              log);
      try {
        ImageSandbox.awaitOk(
            URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"),
            process,
            log,
            Duration.ofMinutes(3));
        assertThat(ImageSandbox.idsOf(process, "quarkus-run.jar")).isEqualTo("10001:10001");
        checkRunning(httpPort, process, log);

        // Docker's health check, as Docker runs it: the image's command, in the image.
        Path healthLog = target.resolve(name + "-health.log");
        assertThat(
                sandbox.healthCheck(
                    image, Map.of(portVariable, Integer.toString(httpPort)), healthLog))
            .as(ImageSandbox.tail(healthLog))
            .isZero();
        assertThat(Files.readString(healthLog)).contains("/q/health/live 200");
        int nobody = ImageSandbox.freePort();
        assertThat(
                sandbox.healthCheck(
                    image,
                    Map.of(portVariable, Integer.toString(nobody)),
                    target.resolve(name + "-health-down.log")))
            .isOne();
      } finally {
        ImageSandbox.stop(process);
      }
    }
  }

  private static String layerOf(List<LayerEntry> entries, String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow().layer();
  }
}
