package dev.gradus.activities.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.TestDatabases;
import dev.gradus.schedule.Incumbent;
import dev.gradus.schedule.ScheduleRecord;
import dev.gradus.schedule.ScheduleSpec;
import dev.gradus.schedule.ScheduleStatus;
import dev.gradus.schedule.ScheduleView;
import dev.gradus.workflow.Usage;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schedules in the results store on H2; {@code PostgresSharedDatabaseTest} runs the same tests on
 * PostgreSQL through {@link #freshDatabase()}.
 */
public class ScheduleStoreTest {

  static final ScheduleSpec SPEC = new ScheduleSpec(ResultsStoreTest.SPEC, "24h", null, 0.05);

  private ScheduleStore store;

  protected Supplier<SharedDatabase> freshDatabase() {
    return TestDatabases::inMemory;
  }

  @BeforeEach
  void setUp() {
    SharedDatabase database = freshDatabase().get();
    database.migrate();
    store = new ScheduleStore(database.dataSource());
  }

  static ScheduleView view(String name, ScheduleStatus status, int runs) {
    return new ScheduleView(
        ScheduleSpec.workflowId(name),
        name,
        status,
        "24h",
        null,
        0.05,
        "2026-12-06T10:00:00Z",
        status == ScheduleStatus.ACTIVE ? "2026-12-07T10:00:00Z" : null,
        null,
        runs,
        new Incumbent("Classify.", List.of(), null, "2026-12-06T10:00:00Z", 0.25),
        List.of(),
        Usage.NONE);
  }

  @Test
  void theLatestRecordWinsAndAnOlderOneChangesNothing() throws SQLException {
    store.write(new ScheduleRecord(view("nightly", ScheduleStatus.ACTIVE, 1), SPEC, 100));
    store.write(new ScheduleRecord(view("nightly", ScheduleStatus.PAUSED, 1), SPEC, 200));
    store.write(new ScheduleRecord(view("nightly", ScheduleStatus.ACTIVE, 0), SPEC, 50));

    assertThat(store.find(ScheduleSpec.workflowId("nightly")))
        .contains(view("nightly", ScheduleStatus.PAUSED, 1));
  }

  @Test
  void deletedSchedulesLeaveTheListButStayReadable() throws SQLException {
    store.write(new ScheduleRecord(view("b-weekly", ScheduleStatus.ACTIVE, 2), SPEC, 100));
    store.write(new ScheduleRecord(view("a-daily", ScheduleStatus.PAUSED, 1), SPEC, 100));
    store.write(new ScheduleRecord(view("gone", ScheduleStatus.DELETED, 3), SPEC, 100));
    store.write(new ScheduleRecord(view("gone", ScheduleStatus.DELETED, 3), SPEC, 100));

    assertThat(store.active())
        .extracting(ScheduleView::name)
        .containsExactly("a-daily", "b-weekly");
    assertThat(store.find(ScheduleSpec.workflowId("gone")))
        .hasValueSatisfying(v -> assertThat(v.runsStarted()).isEqualTo(3));
    assertThat(store.find(ScheduleSpec.workflowId("never"))).isEmpty();
  }
}
