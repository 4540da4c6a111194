package dev.gradus.cli;

import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether any worker polls the workflow task queue, as far as the server can tell. */
final class WorkerPresence {

  private final WorkflowServiceStubs stubs;
  private final String namespace;
  private final String taskQueue;

  WorkerPresence(WorkflowServiceStubs stubs, String namespace, String taskQueue) {
    this.stubs = stubs;
    this.namespace = namespace;
    this.taskQueue = taskQueue;
  }

  /**
   * The number of recent workflow-task pollers, or empty when the server cannot say (the Java test
   * server answers UNIMPLEMENTED) or the question itself failed: a warning is not worth an error.
   */
  Optional<Integer> pollerCount() {
    DescribeTaskQueueRequest request =
        DescribeTaskQueueRequest.newBuilder()
            .setNamespace(namespace)
            .setTaskQueue(TaskQueue.newBuilder().setName(taskQueue))
            .setTaskQueueType(TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW)
            .build();
    try {
      return Optional.of(
          stubs
              .blockingStub()
              .withDeadlineAfter(3, TimeUnit.SECONDS)
              .describeTaskQueue(request)
              .getPollersCount());
    } catch (StatusRuntimeException e) {
      return Optional.empty();
    }
  }
}
