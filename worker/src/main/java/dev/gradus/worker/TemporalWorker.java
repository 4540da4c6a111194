package dev.gradus.worker;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import dev.gradus.activities.DatasetActivitiesImpl;
import dev.gradus.activities.EvaluationActivitiesImpl;
import dev.gradus.activities.LlmActivitiesImpl;
import dev.gradus.activities.PriceTable;
import dev.gradus.activities.ProvidersConfig;
import dev.gradus.activities.ResultsActivitiesImpl;
import dev.gradus.activities.cache.ResponseCache;
import dev.gradus.activities.ratelimit.ProviderRateLimiter;
import dev.gradus.schedule.RecurringOptimizationWorkflowImpl;
import dev.gradus.workflow.PromptOptimizationWorkflowImpl;
import dev.gradus.workflow.client.TemporalConnection;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Hosts the Temporal worker: connects at startup, registers the workflow and the activity beans on
 * the task queue, and drains in-flight work at shutdown.
 */
@ApplicationScoped
public class TemporalWorker {

  private static final Logger LOG = Logger.getLogger(TemporalWorker.class);

  @Inject WorkerSettings settings;
  @Inject ProvidersConfig providers;
  @Inject MeterRegistry registry;
  @Inject DatasetActivitiesImpl datasets;
  @Inject EvaluationActivitiesImpl evaluations;
  @Inject LlmActivitiesImpl llm;
  @Inject ResultsActivitiesImpl results;
  @Inject PriceTable prices;
  @Inject ProviderRateLimiter rateLimits;
  @Inject ResponseCache cache;

  private WorkflowServiceStubs service;
  private WorkerFactory factory;
  private volatile boolean started;

  void onStart(@Observes StartupEvent event) {
    // Bad prices or limits stop the worker here, with a clear error, before it takes any work.
    prices.announce();
    rateLimits.announce();
    cache.announce();
    if (providers.maxConnections() < 1) {
      throw new IllegalArgumentException(
          "GRADUS_HTTP_MAX_CONNECTIONS (gradus.providers.max-connections) must be at least 1, not "
              + providers.maxConnections());
    }
    // Wrong keys stop the worker here, before it could write a payload nobody can read.
    PayloadEncryption encryption =
        PayloadEncryption.of(
            settings.payload().keys().orElse(null), settings.payload().keyId().orElse(null));
    Scope metrics =
        new RootScopeBuilder()
            .reporter(new MicrometerClientStatsReporter(registry))
            .reportEvery(com.uber.m3.util.Duration.ofSeconds(10));
    // TLS and an API key come from the environment as the Temporal CLI reads them (README).
    TemporalConnection connection =
        TemporalConnection.fromEnvironment(System::getenv)
            .at(settings.temporal().address(), settings.temporal().namespace());
    service =
        WorkflowServiceStubs.newServiceStubs(connection.options().setMetricsScope(metrics).build());
    // A worker that cannot reach its server or namespace says so and stops, rather than polling
    // in silence.
    connection.check(service, settings.temporal().connectTimeout());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder()
                .setNamespace(settings.temporal().namespace())
                .setDataConverter(encryption.dataConverter())
                .build());
    WorkerFactoryOptions.Builder factoryOptions = WorkerFactoryOptions.newBuilder();
    if (settings.temporal().testServer()) {
      // No workflow cache, hence no sticky queue: on the test server a task routed to the sticky
      // queue of a worker that died can wait forever; without a cache every task goes to the
      // shared queue and replays the (bounded) history instead.
      factoryOptions.setWorkflowCacheSize(0);
    }
    factory = WorkerFactory.newInstance(client, factoryOptions.build());
    WorkerOptions.Builder options =
        WorkerOptions.newBuilder()
            .setMaxConcurrentActivityExecutionSize(settings.maxConcurrentActivities())
            // Activities finishing their calls during the drain at shutdown keep heartbeating:
            // without it the SDK stops heartbeats first, an evaluation fails at its next example,
            // and a long call loses its heartbeat and is handed to another worker while paid here.
            .setAllowActivityHeartbeatDuringShutdown(true);
    if (settings.temporal().testServer()) {
      options.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
    }
    Worker worker = factory.newWorker(settings.taskQueue(), options.build());
    worker.registerWorkflowImplementationTypes(
        PromptOptimizationWorkflowImpl.class, RecurringOptimizationWorkflowImpl.class);
    worker.registerActivitiesImplementations(datasets, evaluations, llm, results);
    factory.start();
    started = true;
    // The two figures that bound how many provider calls this worker has in flight at once.
    LOG.infof(
        "worker polling task queue %s at %s (namespace %s): %d activity slots, at most %d"
            + " connections per provider endpoint",
        settings.taskQueue(),
        settings.temporal().address(),
        settings.temporal().namespace(),
        settings.maxConcurrentActivities(),
        providers.maxConnections());
    if (encryption.codec().isPresent()) {
      LOG.infof("payloads in Temporal's history are encrypted: %s", encryption);
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    started = false;
    if (factory != null) {
      factory.shutdown();
      factory.awaitTermination(
          settings.drainTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    if (service != null) {
      service.shutdown();
    }
  }

  public boolean started() {
    return started && !factory.isShutdown();
  }
}
