package dev.gradus.api;

import dev.gradus.activities.results.ResultsStore;
import dev.gradus.activities.results.ScheduleStore;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.schedule.RecurringOptimizationWorkflowImpl;
import dev.gradus.schedule.ScheduleRecord;
import dev.gradus.schedule.ScheduleResults;
import dev.gradus.workflow.ResultsActivities;
import dev.gradus.workflow.RunRecord;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Temporal's test server on a free port, with a worker running {@link ScriptedRun} (also as the
 * runs of the real schedule workflow), whose records go to the in-memory H2 database the API reads
 * as its results store.
 */
public class TemporalWithWorker implements QuarkusTestResourceLifecycleManager {

  static WorkflowClient client;

  /** The API's shared database in tests: in memory, alive as long as the test JVM. */
  static final String DATABASE = "jdbc:h2:mem:gradus-api-tests;DB_CLOSE_DELAY=-1";

  private TestServer.PortBoundTestServer server;
  private WorkflowServiceStubs service;
  private WorkerFactory factory;

  @Override
  public Map<String, String> start() {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server = TestServer.createPortBoundServer(port);
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    client = WorkflowClient.newInstance(service);
    factory = WorkerFactory.newInstance(client);
    factory
        .newWorker(
            "gradus",
            WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build())
        .registerWorkflowImplementationTypes(
            ScriptedRun.class, RecurringOptimizationWorkflowImpl.class);
    factory.getWorker("gradus").registerActivitiesImplementations(new StoringResults());
    factory.start();
    return Map.of(
        "gradus.temporal.address",
        "127.0.0.1:" + port,
        "quarkus.datasource.local.jdbc.url",
        DATABASE);
  }

  /** The worker side of the results store, as the real worker's activity writes it. */
  static final class StoringResults implements ResultsActivities, ScheduleResults {

    private final SharedDatabase database;

    StoringResults() {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL(DATABASE);
      database = SharedDatabase.standalone("H2 for the API tests", dataSource);
    }

    @Override
    public void record(RunRecord record) {
      try {
        database.migrate();
        new ResultsStore(database.dataSource()).write(record);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void recordSchedule(ScheduleRecord record) {
      try {
        database.migrate();
        new ScheduleStore(database.dataSource()).write(record);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void stop() {
    factory.shutdownNow();
    service.shutdownNow();
    server.close();
  }
}
