-- Schedules in the results store (dev.gradus.activities.results.ScheduleStore), written by their
-- workflows through the RecordSchedule activity whenever what they show changes. Plain SQL that H2
-- and PostgreSQL both accept.
CREATE TABLE schedules (
  schedule_id VARCHAR(255) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  status VARCHAR(16) NOT NULL,
  runs_started INT NOT NULL,
  recorded_at_ms BIGINT NOT NULL,
  spec_json TEXT NOT NULL,
  view_json TEXT NOT NULL
);

CREATE INDEX schedules_by_name ON schedules (name);
