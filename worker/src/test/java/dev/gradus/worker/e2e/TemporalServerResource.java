package dev.gradus.worker.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Temporal's Java test server as a real gRPC server on a free local port, as the embedded default
 * runs it, with the worker under test pointed at it.
 */
public class TemporalServerResource implements QuarkusTestResourceLifecycleManager {

  static volatile String address;
  private TestServer.PortBoundTestServer server;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    server = TestServer.createPortBoundServer(port);
    address = "127.0.0.1:" + port;
    return Map.of("gradus.temporal.address", address, "gradus.temporal.test-server", "true");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
