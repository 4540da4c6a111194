package dev.gradus.cli;

import dev.gradus.workflow.client.TemporalConnection;
import dev.gradus.workflow.client.TemporalUnavailableException;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A connection to the Temporal server a command should use, found as the brief says: {@code
 * TEMPORAL_ADDRESS} when set; otherwise a server on 127.0.0.1:7233; otherwise, for commands that
 * may do so, an embedded server and worker started for this command alone.
 */
public final class TemporalSession implements AutoCloseable {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final String target;
  private final String namespace;
  private final String taskQueue;
  private final LocalStack localStack;

  private TemporalSession(CliEnvironment env, String target, LocalStack localStack) {
    this.target = target;
    this.namespace = env.namespace();
    this.taskQueue = env.taskQueue();
    this.localStack = localStack;
    // TLS and an API key (TEMPORAL_TLS_*, TEMPORAL_API_KEY) apply to a server the user named; the
    // embedded one is plain.
    TemporalConnection connection =
        localStack == null && env.temporalAddress().isPresent()
            ? TemporalConnection.fromEnvironment(env.variables()::get).at(target, namespace)
            : TemporalConnection.plain(target, namespace);
    PayloadEncryption encryption;
    try {
      // The workers' keys, so that what they encrypted reads back here (README, "Encrypted
      // payloads"); a local worker inherits them with the rest of this environment.
      encryption = PayloadEncryption.fromEnvironment(env.variables()::get);
      this.stubs = connection.connect(CONNECT_TIMEOUT);
    } catch (TemporalUnavailableException | IllegalArgumentException e) {
      if (localStack != null) {
        localStack.close();
      }
      throw new CliFailure(e.getMessage());
    }
    this.client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder()
                .setNamespace(namespace)
                .setDataConverter(encryption.dataConverter())
                .build());
  }

  /**
   * Connects to the server the environment names.
   *
   * @param mayStartLocal whether this command may start an embedded server and worker when no
   *     server is found ({@code run} and {@code demo} may; inspecting commands have nothing to see)
   */
  public static TemporalSession open(CliEnvironment env, boolean mayStartLocal, PrintWriter err) {
    if (env.temporalAddress().isPresent()) {
      return new TemporalSession(env, env.temporalAddress().get(), null);
    }
    if (LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT)) {
      return new TemporalSession(
          env, EmbeddedTemporalServer.LOOPBACK + ":" + EmbeddedTemporalServer.DEFAULT_PORT, null);
    }
    if (!mayStartLocal) {
      throw new CliFailure(
          "no Temporal server: TEMPORAL_ADDRESS is unset and nothing listens on 127.0.0.1:7233.\n"
              + "Start one with `./gradus up` (or `./gradus server` and `./gradus worker`),"
              + " or set TEMPORAL_ADDRESS.");
    }
    LocalStack stack = LocalStack.start(env, err);
    return new TemporalSession(env, stack.target(), stack);
  }

  public WorkflowClient client() {
    return client;
  }

  public WorkflowServiceStubs stubs() {
    return stubs;
  }

  public String target() {
    return target;
  }

  public String namespace() {
    return namespace;
  }

  public String taskQueue() {
    return taskQueue;
  }

  /** Whether the server and worker belong to this command and die with it. */
  public boolean isEmbedded() {
    return localStack != null;
  }

  /**
   * Warns when a server the user started has no worker on the task queue, since a run would then
   * wait silently. The Java test server does not implement DescribeTaskQueue; then nothing is said
   * here and the progress line tells instead.
   */
  public void warnIfNoWorker(PrintWriter err) {
    if (isEmbedded()) {
      return;
    }
    new WorkerPresence(stubs, namespace, taskQueue)
        .pollerCount()
        .filter(count -> count == 0)
        .ifPresent(
            none -> {
              err.printf(
                  "warning: no worker polls task queue '%s' at %s;"
                      + " runs wait until one starts (./gradus worker).%n",
                  taskQueue, target);
              err.flush();
            });
  }

  /** Fails if the embedded server or worker of this command has died; a no-op otherwise. */
  public void requireEmbeddedAlive() {
    if (localStack != null) {
      localStack.requireAlive();
    }
  }

  @Override
  public void close() {
    // Now, not gracefully: the only call that may be in flight is a result long poll nobody awaits.
    stubs.shutdownNow();
    stubs.awaitTermination(2, TimeUnit.SECONDS);
    if (localStack != null) {
      localStack.close();
    }
  }
}
