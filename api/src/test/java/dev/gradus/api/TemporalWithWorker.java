package dev.gradus.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

/** Temporal's test server on a free port, with a worker running {@link ScriptedRun}. */
public class TemporalWithWorker implements QuarkusTestResourceLifecycleManager {

  static WorkflowClient client;
  private TestServer.PortBoundTestServer server;
  private WorkflowServiceStubs service;
  private WorkerFactory factory;

  @Override
  public Map<String, String> start() {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server = TestServer.createPortBoundServer(port);
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    client = WorkflowClient.newInstance(service);
    factory = WorkerFactory.newInstance(client);
    factory
        .newWorker(
            "gradus",
            WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build())
        .registerWorkflowImplementationTypes(ScriptedRun.class);
    factory.start();
    return Map.of("gradus.temporal.address", "127.0.0.1:" + port);
  }

  @Override
  public void stop() {
    factory.shutdownNow();
    service.shutdownNow();
    server.close();
  }
}
