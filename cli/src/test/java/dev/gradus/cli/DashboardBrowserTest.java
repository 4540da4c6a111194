package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: the embedded Temporal server, the packaged worker and API as
 * their own JVMs (as {@code ./gradus up} runs them), and Chromium driven by Playwright ({@code
 * src/test/browser/dashboard.mjs}) starting a run from the form, watching the chart grow, pausing
 * and resuming it. Needs Node, Debian's {@code chromium} and {@code npm ci} in src/test/browser:
 * {@code .ci/run} installs them; elsewhere the test is skipped without them, and on CI it fails.
 */
class DashboardBrowserTest {

  private static final Path BROWSER = WorkerProcess.REPO.resolve("cli/src/test/browser");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path cache;

  @Test
  void aRunStartedFromTheFormIsWatchedPausedAndResumed() throws Exception {
    requireBrowserTools();
    Path screenshot = WorkerProcess.REPO.resolve("cli/target/dashboard.png");
    Files.deleteIfExists(screenshot);
    List<Process> children = new ArrayList<>();
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0)) {
      Map<String, String> shared = Map.of("GRADUS_CACHE_DIR", cache.toString());
      children.add(WorkerProcess.start(server.target(), "dashboard-worker", shared));
      int port = LoopbackPorts.freePort();
      children.add(
          ApiProcess.start(
              server.target(),
              port,
              Map.of("GRADUS_CACHE_DIR", cache.toString()),
              WorkerProcess.REPO.resolve("cli/target/dashboard-api.log")));
      String base = "http://127.0.0.1:" + port;

      Process browser =
          new ProcessBuilder(
                  "node", BROWSER.resolve("dashboard.mjs").toString(), base, screenshot.toString())
              .directory(BROWSER.toFile())
              .redirectErrorStream(true)
              .start();
      children.add(browser);
      boolean ended = browser.waitFor(4, TimeUnit.MINUTES);
      String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      System.out.println(output);
      assertThat(ended).as("the browser script ended within 4 minutes").isTrue();
      assertThat(browser.exitValue()).as(output).isZero();
      assertThat(output).contains("dashboard: ok");
      assertThat(screenshot).isNotEmptyFile();
    } finally {
      WorkerProcess.stopAll(children);
    }
  }

  /** On CI a missing tool fails the test; elsewhere it skips it, saying what to install. */
  private static void requireBrowserTools() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium at /usr/bin/chromium (apt-get install chromium)");
    }
    if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))) {
      missing.add("playwright-core (npm ci in cli/src/test/browser)");
    }
    if (!onPath("node")) {
      missing.add("Node (apt-get install nodejs)");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "the browser test needs " + String.join(", ", missing);
    if (System.getenv("CI") != null) {
      throw new AssertionError(message);
    }
    Assumptions.abort(message);
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
