-- Datasets uploaded through the API (dev.gradus.activities.dataset.DatasetStore). A dataset's id
-- names its content (ds- and the start of the SHA-256 of its bytes), so rows are never updated:
-- the same bytes uploaded again are the same dataset. Plain SQL that H2 and PostgreSQL both accept.
CREATE TABLE datasets (
  dataset_id VARCHAR(32) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  format VARCHAR(8) NOT NULL,
  examples INT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content TEXT NOT NULL,
  created_at_ms BIGINT NOT NULL
);

CREATE INDEX datasets_by_creation ON datasets (created_at_ms);
