package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** An embedded Temporal server on a free loopback port with a worker hosting the fake workflow. */
final class TemporalFixture implements AutoCloseable {

  final EmbeddedTemporalServer server;
  final WorkflowServiceStubs stubs;
  final WorkflowClient client;
  final String taskQueue = "cli-test-" + UUID.randomUUID();
  private final WorkerFactory workers;

  /** Payload keys of the fixture's worker and of the CLI's environment; null for none. */
  private final String payloadKeys;

  TemporalFixture() throws IOException {
    this(null);
  }

  /** A fixture whose worker and CLI encrypt payloads with {@code payloadKeys}. */
  TemporalFixture(String payloadKeys) throws IOException {
    this.payloadKeys = payloadKeys;
    server = EmbeddedTemporalServer.start(0);
    stubs =
        WorkflowServiceStubs.newConnectedServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build(),
            Duration.ofSeconds(10));
    client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setDataConverter(PayloadEncryption.of(payloadKeys, null).dataConverter())
                .build());
    workers = WorkerFactory.newInstance(client);
    workers
        .newWorker(taskQueue)
        .registerWorkflowImplementationTypes(FakeOptimizationWorkflow.class);
    workers.start();
  }

  /** The environment a user would have with TEMPORAL_ADDRESS pointing at this server. */
  CliEnvironment environment(boolean stderrIsTerminal) {
    Map<String, String> variables = new HashMap<>();
    variables.put("TEMPORAL_ADDRESS", server.target());
    variables.put("GRADUS_TASK_QUEUE", taskQueue);
    if (payloadKeys != null) {
      variables.put("GRADUS_PAYLOAD_KEYS", payloadKeys);
    }
    return new CliEnvironment(variables, Path.of("target").toAbsolutePath(), stderrIsTerminal);
  }

  CliResult cli(String... args) {
    return execute(environment(false), args);
  }

  /**
   * The environment of a newcomer's machine, whose {@code demo} or {@code bench} starts an embedded
   * server and the real worker (packaged earlier in the same {@code mvn verify}), with a response
   * cache of its own so that a second {@code mvn verify} is not answered from the first's. Skips
   * the test when a Temporal server already listens on 127.0.0.1:7233, which the CLI would use.
   */
  static CliEnvironment embeddedStack(Path cache) {
    assumeFalse(
        LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT),
        "a Temporal server runs on 127.0.0.1:7233");
    CliEnvironment env =
        new CliEnvironment(Map.of("GRADUS_CACHE_DIR", cache.toString()), REPO, false);
    assertThat(Files.isRegularFile(env.workerJar()))
        .as("the worker is packaged before the CLI's tests run")
        .isTrue();
    return env;
  }

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  static CliResult execute(CliEnvironment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        GradusCli.commandLine(env)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new CliResult(exitCode, out.toString(), err.toString());
  }

  /** Starts the fake run the way the CLI does, and returns its id. */
  String start(String name, String runId) {
    PromptOptimizationWorkflow run =
        client.newWorkflowStub(
            PromptOptimizationWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId(runId).setTaskQueue(taskQueue).build());
    WorkflowClient.start(run::run, spec(name), null);
    return runId;
  }

  static RunSpec spec(String name) {
    return new RunSpec(
        name, null, "Classify the sentiment.", null, null, null, null, 42L, null, null);
  }

  @Override
  public void close() throws InterruptedException {
    workers.shutdownNow();
    workers.awaitTermination(5, TimeUnit.SECONDS);
    stubs.shutdownNow();
    server.close();
  }
}
