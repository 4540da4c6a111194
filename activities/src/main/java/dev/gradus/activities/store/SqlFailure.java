package dev.gradus.activities.store;

import java.sql.SQLException;

/** Describes a database failure for a log line without its message, which may quote data. */
public final class SqlFailure {

  private SqlFailure() {}

  /** The exception's type and the SQL state of the first SQLException among its causes. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return e.getClass().getSimpleName() + ", SQL state " + sql.getSQLState();
      }
    }
    return e.getClass().getSimpleName();
  }
}
