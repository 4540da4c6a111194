-- Provider rate limits shared by all workers (dev.gradus.activities.ratelimit). Times are
-- microseconds since the epoch by the workers' clocks. Plain SQL that H2 and PostgreSQL both accept.

-- One row per configured limit (its scope, e.g. "openai/gpt-4o-mini"): the row that callers lock
-- to take a turn, and the earliest time the next request may be sent under its rate.
CREATE TABLE rate_limit (
  limit_key VARCHAR(500) NOT NULL PRIMARY KEY,
  next_request_at BIGINT NOT NULL
);

-- One row per request in flight under a concurrency limit. The worker that holds it renews it
-- while the request runs; a lease whose worker died expires and frees its slot.
CREATE TABLE rate_limit_lease (
  lease_id VARCHAR(36) NOT NULL PRIMARY KEY,
  limit_key VARCHAR(500) NOT NULL,
  holder VARCHAR(36) NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX rate_limit_lease_key ON rate_limit_lease (limit_key);
CREATE INDEX rate_limit_lease_holder ON rate_limit_lease (holder);
