package dev.gradus.api;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One lazily connected Temporal client for the whole API. */
@ApplicationScoped
public class TemporalClients {

  @Produces
  @Singleton
  WorkflowServiceStubs service(ApiSettings settings) {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(settings.address()).build());
  }

  void close(@Disposes WorkflowServiceStubs service) {
    service.shutdown();
  }

  @Produces
  @Singleton
  WorkflowClient client(WorkflowServiceStubs service, ApiSettings settings) {
    return WorkflowClient.newInstance(
        service, WorkflowClientOptions.newBuilder().setNamespace(settings.namespace()).build());
  }
}
