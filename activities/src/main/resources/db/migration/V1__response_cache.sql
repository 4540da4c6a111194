-- The response cache (dev.gradus.activities.cache): one provider answer per request.
-- cache_key is the SHA-256 (hex) of the request as CacheKey encodes it; created_at drives expiry
-- (gradus.cache.ttl). Plain SQL that H2 and PostgreSQL both accept.
CREATE TABLE response_cache (
  cache_key VARCHAR(64) NOT NULL PRIMARY KEY,
  response_text TEXT NOT NULL,
  prompt_tokens BIGINT NOT NULL,
  completion_tokens BIGINT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX response_cache_created_at ON response_cache (created_at);
