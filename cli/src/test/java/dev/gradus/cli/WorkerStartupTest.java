package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged worker stops with an error naming the address when no Temporal answers there. */
class WorkerStartupTest {

  @Test
  void aWorkerWithoutItsServerStopsSayingWhereItLooked() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String target = "127.0.0.1:" + port;

    Process worker =
        WorkerProcess.start(
            target, "worker-startup", Map.of("GRADUS_TEMPORAL_CONNECT_TIMEOUT", "2s"));

    assertThat(worker.waitFor(90, TimeUnit.SECONDS)).as("the worker stopped").isTrue();
    assertThat(worker.exitValue()).isNotZero();
    String log = Files.readString(WorkerProcess.REPO.resolve("cli/target/worker-startup.log"));
    assertThat(log).contains("cannot reach Temporal at " + target + " (TEMPORAL_ADDRESS)");
  }
}
