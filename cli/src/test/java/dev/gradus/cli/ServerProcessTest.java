package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as the CLI runs it: its own JVM, stopped by SIGTERM. */
class ServerProcessTest {

  @Test
  void startsAsAChildProcessAndStopsCleanlyOnSigterm(@TempDir Path logs) throws Exception {
    int port = LoopbackPorts.freePort();
    Path log = logs.resolve("server.log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            EmbeddedTemporalServer.class.getName(),
            "--port",
            String.valueOf(port));
    ChildProcess server = ChildProcess.startLogged("server", command, Map.of(), Path.of("."), log);
    try {
      LoopbackPorts.awaitListening(port, server, Duration.ofSeconds(30));
      // The ready line follows the bind by a moment.
      awaitLogLine(log, EmbeddedTemporalServer.READY_PREFIX + "127.0.0.1:" + port);
    } finally {
      server.close();
    }
    assertThat(server.isAlive()).isFalse();
    assertThat(Files.readString(log)).contains("Temporal test server stopped");
    assertThat(LoopbackPorts.isListening(port)).isFalse();
  }

  private static void awaitLogLine(Path log, String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Files.readString(log).contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(Files.readString(log)).contains(expected);
  }
}
