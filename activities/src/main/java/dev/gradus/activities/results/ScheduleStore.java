package dev.gradus.activities.results;

import dev.gradus.schedule.ScheduleRecord;
import dev.gradus.schedule.ScheduleStatus;
import dev.gradus.schedule.ScheduleView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Schedules in the shared database (migration {@code V5__schedules.sql}): each as its workflow last
 * showed itself, deleted ones included, so that their promotion history outlives them.
 */
public final class ScheduleStore {

  private final DataSource dataSource;

  public ScheduleStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores the schedule as the record shows it. A record older than the stored one (by the
   * workflow's clock) changes nothing; the same record twice stores one row.
   */
  public void write(ScheduleRecord record) throws SQLException {
    ScheduleView view = record.view();
    String viewJson = StoredJson.write(view);
    String specJson = StoredJson.write(record.spec());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE schedules SET name = ?, status = ?, runs_started = ?, recorded_at_ms = ?,"
                  + " spec_json = ?, view_json = ? WHERE schedule_id = ? AND recorded_at_ms <= ?")) {
        s.setString(1, view.name());
        s.setString(2, view.status().name());
        s.setInt(3, view.runsStarted());
        s.setLong(4, record.recordedAtMillis());
        s.setString(5, specJson);
        s.setString(6, viewJson);
        s.setString(7, view.scheduleId());
        s.setLong(8, record.recordedAtMillis());
        if (s.executeUpdate() > 0) {
          return;
        }
      }
      if (find(c, view.scheduleId()).isPresent()) {
        return; // a newer record is stored
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO schedules (schedule_id, name, status, runs_started, recorded_at_ms,"
                  + " spec_json, view_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, view.scheduleId());
        s.setString(2, view.name());
        s.setString(3, view.status().name());
        s.setInt(4, view.runsStarted());
        s.setLong(5, record.recordedAtMillis());
        s.setString(6, specJson);
        s.setString(7, viewJson);
        s.executeUpdate();
      }
    }
  }

  /** The schedules that are not deleted, by name. */
  public List<ScheduleView> active() throws SQLException {
    List<ScheduleView> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT view_json FROM schedules WHERE status <> ? ORDER BY name, schedule_id")) {
      s.setString(1, ScheduleStatus.DELETED.name());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(StoredJson.read(r.getString(1), ScheduleView.class));
        }
      }
    }
    return out;
  }

  /** The schedule's last recorded view, deleted or not. */
  public Optional<ScheduleView> find(String scheduleId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return find(c, scheduleId);
    }
  }

  private static Optional<ScheduleView> find(Connection c, String scheduleId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT view_json FROM schedules WHERE schedule_id = ?")) {
      s.setString(1, scheduleId);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(StoredJson.read(r.getString(1), ScheduleView.class))
            : Optional.empty();
      }
    }
  }
}
