package dev.gradus.activities.ratelimit;

import dev.gradus.activities.store.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * The {@code rate_limit} and {@code rate_limit_lease} tables over plain JDBC, in SQL that H2 and
 * PostgreSQL both run. Each turn is one short transaction that locks its limits' rows, always in
 * the order of their keys, so that callers on all workers take turns and never deadlock.
 */
final class RateLimitStore {

  private final DataSource dataSource;
  private final Set<String> knownKeys = ConcurrentHashMap.newKeySet();

  RateLimitStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Reserves the earliest send time that respects every limit's rate, and moves each limit's next
   * send time past it.
   *
   * @param limits limits with a rate, in key order
   * @param clock the time in epoch microseconds
   * @return when the request may be sent, in epoch microseconds (never before the rows were locked)
   */
  long reserveSendTime(List<RateLimit> limits, LongSupplier clock) throws SQLException {
    ensureRows(limits);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long sendAt = 0;
        for (RateLimit limit : limits) {
          sendAt = Math.max(sendAt, lockNextRequestAt(c, limit.key()));
        }
        // Not before now, read once the rows are locked: connecting and queueing for the lock take
        // a while (tens of milliseconds on a busy PostgreSQL), and a time read before could be
        // past by then, letting this request follow the previous one closer than the spacing.
        sendAt = Math.max(sendAt, clock.getAsLong());
        try (PreparedStatement s =
            c.prepareStatement("UPDATE rate_limit SET next_request_at = ? WHERE limit_key = ?")) {
          for (RateLimit limit : limits) {
            s.setLong(1, sendAt + limit.spacingMicros());
            s.setString(2, limit.key());
            s.addBatch();
          }
          s.executeBatch();
        }
        c.commit();
        return sendAt;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /**
   * Takes a slot under a concurrency limit if one is free, after dropping the leases that expired.
   *
   * @return the new lease's id, or null when all slots are taken
   */
  String tryLease(RateLimit limit, String holder, long nowMicros, long expiresAtMicros)
      throws SQLException {
    ensureRows(List.of(limit));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        lockNextRequestAt(c, limit.key());
        try (PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM rate_limit_lease WHERE limit_key = ? AND expires_at < ?")) {
          s.setString(1, limit.key());
          s.setLong(2, nowMicros);
          s.executeUpdate();
        }
        int held;
        try (PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM rate_limit_lease WHERE limit_key = ?")) {
          s.setString(1, limit.key());
          try (ResultSet r = s.executeQuery()) {
            r.next();
            held = r.getInt(1);
          }
        }
        String lease = null;
        if (held < limit.maxConcurrent()) {
          lease = UUID.randomUUID().toString();
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO rate_limit_lease (lease_id, limit_key, holder, expires_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            s.setString(1, lease);
            s.setString(2, limit.key());
            s.setString(3, holder);
            s.setLong(4, expiresAtMicros);
            s.executeUpdate();
          }
        }
        c.commit();
        return lease;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Frees a slot. */
  void release(String lease) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM rate_limit_lease WHERE lease_id = ?")) {
      s.setString(1, lease);
      s.executeUpdate();
    }
  }

  /**
   * Extends these leases. By id, not by holder: a lease whose release failed is no longer renewed,
   * so it expires instead of holding its slot for as long as its worker lives.
   */
  void renew(List<String> leases, long expiresAtMicros) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE rate_limit_lease SET expires_at = ? WHERE lease_id = ?")) {
      for (String lease : leases) {
        s.setLong(1, expiresAtMicros);
        s.setString(2, lease);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Frees every slot of {@code holder}, as a worker does when it stops. */
  int releaseAll(String holder) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM rate_limit_lease WHERE holder = ?")) {
      s.setString(1, holder);
      return s.executeUpdate();
    }
  }

  /** Locks a limit's row until the transaction ends; returns its next send time. */
  private static long lockNextRequestAt(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT next_request_at FROM rate_limit WHERE limit_key = ? FOR UPDATE")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the row of rate limit " + key + " is missing");
        }
        return r.getLong(1);
      }
    }
  }

  /**
   * Creates the rows of limits this process has not used yet. Each insert commits on its own
   * (outside the turn's transaction, which a failed statement would abort in PostgreSQL); another
   * worker having created a row first is fine.
   */
  private void ensureRows(List<RateLimit> limits) throws SQLException {
    for (RateLimit limit : limits) {
      if (knownKeys.contains(limit.key())) {
        continue;
      }
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO rate_limit (limit_key, next_request_at) VALUES (?, 0)")) {
        s.setString(1, limit.key());
        s.executeUpdate();
      } catch (SQLException e) {
        if (!SharedDatabase.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
      }
      knownKeys.add(limit.key());
    }
  }
}
