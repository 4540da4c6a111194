package dev.gradus.api.image;

import dev.gradus.worker.image.ImageContract;
import dev.gradus.worker.image.ImageSandbox;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The API's container image: the image contract, and an API that reads its results store. */
class ApiImageIT extends ImageContract {

  ApiImageIT() {
    super("api", 8080, "QUARKUS_HTTP_PORT", "QUARKUS_HTTP_PORT");
  }

  @Override
  protected void checkRunning(int httpPort, Process api, Path log) throws Exception {
    // The runs list reads the results store: the H2 file in GRADUS_CACHE_DIR, writable on a
    // read-only root.
    ImageSandbox.awaitOk(
        URI.create("http://127.0.0.1:" + httpPort + "/api/runs"), api, log, Duration.ofSeconds(30));
  }
}
