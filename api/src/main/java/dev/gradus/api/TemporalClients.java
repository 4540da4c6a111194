package dev.gradus.api;

import dev.gradus.workflow.client.TemporalConnection;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
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
    // TLS and an API key come from the environment as the Temporal CLI reads them (README). The API
    // starts without Temporal (it serves stored results); readiness says whether Temporal answers.
    return WorkflowServiceStubs.newServiceStubs(
        TemporalConnection.fromEnvironment(System::getenv)
            .at(settings.address(), settings.namespace())
            .options()
            .build());
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
