-- The results store (dev.gradus.activities.results): what the API and the dashboard read. Runs
-- write it from their workflow through the RecordRun activity; every write is idempotent. Times
-- are epoch milliseconds. Plain SQL that H2 and PostgreSQL both accept.
CREATE TABLE runs (
  run_id VARCHAR(255) NOT NULL PRIMARY KEY,
  name VARCHAR(255),
  status VARCHAR(16) NOT NULL,
  strategy VARCHAR(64),
  generation INT NOT NULL,
  max_generations INT NOT NULL,
  best_validation DOUBLE PRECISION,
  best_test DOUBLE PRECISION,
  seed_validation DOUBLE PRECISION,
  seed_test DOUBLE PRECISION,
  calls BIGINT NOT NULL,
  cost_usd DOUBLE PRECISION NOT NULL,
  started_at_ms BIGINT NOT NULL,
  recorded_at_ms BIGINT NOT NULL,
  spec_json TEXT,
  report_json TEXT NOT NULL
);

CREATE INDEX runs_by_start ON runs (started_at_ms);
CREATE INDEX runs_by_status ON runs (status, started_at_ms);

-- One row per generation, written once.
CREATE TABLE run_generations (
  run_id VARCHAR(255) NOT NULL,
  generation INT NOT NULL,
  best_score DOUBLE PRECISION NOT NULL,
  mean_score DOUBLE PRECISION NOT NULL,
  best_low DOUBLE PRECISION,
  best_high DOUBLE PRECISION,
  best_method VARCHAR(16),
  candidates INT NOT NULL,
  calls BIGINT NOT NULL,
  PRIMARY KEY (run_id, generation)
);

-- Every candidate a run has shown on its leaderboard or in its best's lineage, as JSON.
CREATE TABLE run_candidates (
  run_id VARCHAR(255) NOT NULL,
  candidate_id VARCHAR(64) NOT NULL,
  generation INT NOT NULL,
  score DOUBLE PRECISION,
  candidate_json TEXT NOT NULL,
  PRIMARY KEY (run_id, candidate_id)
);
