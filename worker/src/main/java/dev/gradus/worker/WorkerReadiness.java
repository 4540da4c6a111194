package dev.gradus.worker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the worker polls its task queue. */
@Readiness
@ApplicationScoped
public class WorkerReadiness implements HealthCheck {

  @Inject TemporalWorker worker;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("temporal-worker").status(worker.started()).build();
  }
}
