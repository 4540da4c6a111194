package dev.gradus.worker.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The worker's container image: the image contract, and a worker that opens its cache. */
class WorkerImageIT extends ImageContract {

  WorkerImageIT() {
    super("worker", 8081, "GRADUS_WORKER_PORT", "QUARKUS_HTTP_PORT", "GRADUS_WORKER_PORT");
  }

  @Override
  protected void checkRunning(int httpPort, Process worker, Path log) throws Exception {
    // The response cache opened its H2 file in GRADUS_CACHE_DIR: writable on a read-only root.
    assertThat(Files.readString(log))
        .contains("worker polling task queue gradus")
        .contains("response cache in")
        .doesNotContain("could not create its table");
  }
}
