package dev.gradus.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The worker's connection to Temporal and its capacity, from application.properties and env. */
@ConfigMapping(prefix = "gradus")
public interface WorkerSettings {

  Temporal temporal();

  /** The task queue this worker polls; the CLI and API start runs on the same one. */
  @WithName("task-queue")
  @WithDefault("gradus")
  String taskQueue();

  /** Activities one worker runs at once; each evaluation activity makes its calls in sequence. */
  @WithName("max-concurrent-activities")
  @WithDefault("16")
  int maxConcurrentActivities();

  /**
   * How long a stopping worker (SIGTERM) waits for its activities in flight before it exits: long
   * enough for an LLM call to finish (providers time out after 60 s), so that a rolling update
   * costs no calls. An activity cut short is retried on another worker. {@code
   * GRADUS_DRAIN_TIMEOUT}.
   */
  @WithName("drain-timeout")
  @WithDefault("75s")
  java.time.Duration drainTimeout();

  /** Payload encryption: off unless keys are set. */
  Payload payload();

  /**
   * AES-GCM keys for the payloads in Temporal's history ({@code GRADUS_PAYLOAD_KEYS}, {@code
   * GRADUS_PAYLOAD_KEY_ID}; dev.gradus.workflow.codec.PayloadKeys), as the API and CLI read them.
   */
  interface Payload {
    Optional<String> keys();

    @WithName("key-id")
    Optional<String> keyId();
  }

  /** Where Temporal is. */
  interface Temporal {
    @WithDefault("127.0.0.1:7233")
    String address();

    @WithDefault("default")
    String namespace();

    /**
     * Set when the server is Temporal's Java test server, which has no sticky-queue timeout: a
     * worker killed mid-run would otherwise leave its workflows waiting on its sticky queue
     * forever.
     */
    @WithName("test-server")
    @WithDefault("false")
    boolean testServer();

    /**
     * How long the worker waits at startup for its server to answer (one that is still starting,
     * say) before it stops with an error naming the address.
     */
    @WithName("connect-timeout")
    @WithDefault("60s")
    java.time.Duration connectTimeout();
  }
}
