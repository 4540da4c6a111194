package dev.gradus.api;

import dev.gradus.workflow.client.TemporalConnection;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  /**
   * The workers' payload encryption ({@code GRADUS_PAYLOAD_KEYS}, {@code GRADUS_PAYLOAD_KEY_ID}),
   * so that the API reads what they write, and serves as a codec endpoint for Temporal's UI and
   * CLI.
   */
  @Produces
  @Singleton
  PayloadEncryption encryption(
      @ConfigProperty(name = "gradus.payload.keys") Optional<String> keys,
      @ConfigProperty(name = "gradus.payload.key-id") Optional<String> keyId) {
    return PayloadEncryption.of(keys.orElse(null), keyId.orElse(null));
  }

  @Produces
  @Singleton
  WorkflowClient client(
      WorkflowServiceStubs service, ApiSettings settings, PayloadEncryption encryption) {
    return WorkflowClient.newInstance(
        service,
        WorkflowClientOptions.newBuilder()
            .setNamespace(settings.namespace())
            .setDataConverter(encryption.dataConverter())
            .build());
  }
}
