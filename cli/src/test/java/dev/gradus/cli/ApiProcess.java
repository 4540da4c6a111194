package dev.gradus.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The packaged API started as its own JVM against a test's Temporal server, as users run it. */
final class ApiProcess {

  private ApiProcess() {}

  /**
   * Starts the API on {@code port} and waits until it is ready.
   *
   * @param extraEnv more environment (its cache folder, to share the workers' results store)
   * @param log where its output goes
   */
  static Process start(String target, int port, Map<String, String> extraEnv, Path log)
      throws Exception {
    CliEnvironment env = new CliEnvironment(Map.of(), WorkerProcess.REPO, false);
    ProcessBuilder builder =
        new ProcessBuilder(env.apiCommand()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(extraEnv);
    builder.environment().put("TEMPORAL_ADDRESS", target);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Process api = builder.start();
    try {
      awaitReady("http://127.0.0.1:" + port + "/q/health/ready", api);
      return api;
    } catch (Exception | AssertionError e) {
      api.destroyForcibly();
      throw e;
    }
  }

  private static void awaitReady(String url, Process api) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the API is still starting
      }
      if (!api.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("the API did not become ready at " + url);
      }
      Thread.sleep(250);
    }
  }
}
