package dev.gradus.cli;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;

/**
 * Stands in for the Quarkus worker in tests of the embedded stack: reads the same environment
 * variables and hosts {@link FakeOptimizationWorkflow}.
 */
public final class FakeWorkerMain {

  private FakeWorkerMain() {}

  public static void main(String[] args) throws InterruptedException {
    String target = System.getenv("TEMPORAL_ADDRESS");
    String taskQueue = System.getenv().getOrDefault("GRADUS_TASK_QUEUE", "gradus");
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newConnectedServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build(),
            Duration.ofSeconds(30));
    WorkerFactory workers = WorkerFactory.newInstance(WorkflowClient.newInstance(stubs));
    workers
        .newWorker(taskQueue)
        .registerWorkflowImplementationTypes(FakeOptimizationWorkflow.class);
    workers.start();
    System.out.println("fake worker polling " + taskQueue + " at " + target);
    Thread.currentThread().join();
  }
}
