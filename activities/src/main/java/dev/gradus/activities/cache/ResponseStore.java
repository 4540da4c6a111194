package dev.gradus.activities.cache;

import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.store.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code response_cache} table over plain JDBC, in SQL that H2 and PostgreSQL both run. Each
 * statement commits on its own, so a stored answer is durable once {@link #put} returns.
 */
public final class ResponseStore {

  private final DataSource dataSource;

  public ResponseStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The answer stored under {@code key}, unless it is missing or older than {@code notBefore}. */
  public Optional<LlmResponse> find(String key, Instant notBefore) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT response_text, prompt_tokens, completion_tokens FROM response_cache"
                    + " WHERE cache_key = ? AND created_at >= ?")) {
      s.setString(1, key);
      s.setObject(2, utc(notBefore));
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new LlmResponse(r.getString(1), r.getLong(2), r.getLong(3)))
            : Optional.empty();
      }
    }
  }

  /**
   * Stores an answer. Another worker may have stored the same key first (its answer is as good, and
   * stays), or an expired entry may be in the way (it is replaced); either way this succeeds.
   */
  public void put(String key, LlmResponse response, Instant createdAt, Instant notBefore)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO response_cache"
                  + " (cache_key, response_text, prompt_tokens, completion_tokens, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, key);
        bind(s, 2, response, createdAt);
        s.executeUpdate();
      } catch (SQLException e) {
        if (!SharedDatabase.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        replaceExpired(c, key, response, createdAt, notBefore);
      }
    }
  }

  /** Deletes every entry created before {@code cutoff}; returns how many there were. */
  public int deleteOlderThan(Instant cutoff) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM response_cache WHERE created_at < ?")) {
      s.setObject(1, utc(cutoff));
      return s.executeUpdate();
    }
  }

  private static void replaceExpired(
      Connection c, String key, LlmResponse response, Instant createdAt, Instant notBefore)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE response_cache"
                + " SET response_text = ?, prompt_tokens = ?, completion_tokens = ?, created_at = ?"
                + " WHERE cache_key = ? AND created_at < ?")) {
      bind(s, 1, response, createdAt);
      s.setString(5, key);
      s.setObject(6, utc(notBefore));
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, int first, LlmResponse response, Instant createdAt)
      throws SQLException {
    s.setString(first, response.text());
    s.setLong(first + 1, response.promptTokens());
    s.setLong(first + 2, response.completionTokens());
    s.setObject(first + 3, utc(createdAt));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
