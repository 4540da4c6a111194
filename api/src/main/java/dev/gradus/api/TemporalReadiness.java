package dev.gradus.api;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Temporal answers. */
@Readiness
@ApplicationScoped
public class TemporalReadiness implements HealthCheck {

  @Inject WorkflowServiceStubs service;

  @Override
  public HealthCheckResponse call() {
    try {
      service
          .blockingStub()
          .withDeadlineAfter(2, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return HealthCheckResponse.up("temporal");
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("temporal")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
