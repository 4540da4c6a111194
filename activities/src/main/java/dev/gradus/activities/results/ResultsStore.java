package dev.gradus.activities.results;

import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreInterval;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.RunRecord;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs, their generations and their candidates in the shared database (migration {@code
 * V3__results.sql}). Workers write it through {@link #write}; the API reads it. Plain JDBC in the
 * SQL that H2 and PostgreSQL share, as the response cache is.
 */
public final class ResultsStore {

  private static final String COLUMNS =
      "run_id, name, status, strategy, generation, max_generations, best_validation, best_test,"
          + " seed_validation, seed_test, calls, cost_usd, started_at_ms, recorded_at_ms";

  private final DataSource dataSource;

  public ResultsStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores the run as the record shows it, in one transaction. A record older than the stored one
   * (by the workflow's clock) changes nothing, so a retried write that a later one overtook cannot
   * roll the run back; the same record twice stores the same rows.
   */
  public void write(RunRecord record) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (writeRun(c, record)) {
          writeGenerations(c, record.report());
          writeCandidates(c, record.report());
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /** Whether the run's row now holds this record: false when a newer one was stored before. */
  private static boolean writeRun(Connection c, RunRecord record) throws SQLException {
    RunReport report = record.report();
    String specJson = record.spec() == null ? null : SpecReader.toJson(record.spec());
    // The spec comes with a run's first record only: later records keep the stored one.
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE runs SET name = ?, status = ?, strategy = ?, generation = ?,"
                + " max_generations = ?, best_validation = ?, best_test = ?, seed_validation = ?,"
                + " seed_test = ?, calls = ?, cost_usd = ?, started_at_ms = ?, recorded_at_ms = ?,"
                + " spec_json = COALESCE(?, spec_json), report_json = ?"
                + " WHERE run_id = ? AND recorded_at_ms <= ?")) {
      int i = bindSummary(s, 1, record);
      s.setString(i++, specJson);
      s.setString(i++, StoredJson.write(report));
      s.setString(i++, report.runId());
      s.setLong(i, record.recordedAtMillis());
      if (s.executeUpdate() > 0) {
        return true;
      }
    }
    if (exists(c, "SELECT 1 FROM runs WHERE run_id = ?", report.runId())) {
      return false; // a newer record is stored
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO runs (name, status, strategy, generation, max_generations,"
                + " best_validation, best_test, seed_validation, seed_test, calls, cost_usd,"
                + " started_at_ms, recorded_at_ms, spec_json, report_json, run_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = bindSummary(s, 1, record);
      s.setString(i++, specJson);
      s.setString(i++, StoredJson.write(report));
      s.setString(i, report.runId());
      s.executeUpdate();
    }
    return true;
  }

  /** Binds name through recorded_at_ms, in {@link #COLUMNS}' order after run_id. */
  private static int bindSummary(PreparedStatement s, int first, RunRecord record)
      throws SQLException {
    RunReport r = record.report();
    int i = first;
    s.setString(i++, r.name());
    s.setString(i++, r.status().name());
    s.setString(i++, r.strategy());
    s.setInt(i++, r.generation());
    s.setInt(i++, r.maxGenerations());
    setDouble(s, i++, r.best() == null ? null : r.best().validationScore());
    setDouble(s, i++, r.best() == null ? null : r.best().testScore());
    setDouble(s, i++, r.seed() == null ? null : r.seed().validationScore());
    setDouble(s, i++, r.seed() == null ? null : r.seed().testScore());
    s.setLong(i++, r.usage() == null ? 0 : r.usage().calls());
    s.setDouble(i++, r.usage() == null ? 0 : r.usage().costUsd());
    s.setLong(i++, record.startedAtMillis());
    s.setLong(i++, record.recordedAtMillis());
    return i;
  }

  /** Generations are final once summarized: only those beyond the stored ones are written. */
  private static void writeGenerations(Connection c, RunReport report) throws SQLException {
    int stored;
    try (PreparedStatement s =
        c.prepareStatement("SELECT MAX(generation) FROM run_generations WHERE run_id = ?")) {
      s.setString(1, report.runId());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        stored = r.getInt(1); // 0 when none: SQL NULL reads as 0
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO run_generations (run_id, generation, best_score, mean_score, best_low,"
                + " best_high, best_method, candidates, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (GenerationSummary g : report.generations()) {
        if (g.generation() <= stored) {
          continue;
        }
        ScoreInterval band = g.bestInterval();
        s.setString(1, report.runId());
        s.setInt(2, g.generation());
        s.setDouble(3, g.bestScore());
        s.setDouble(4, g.meanScore());
        setDouble(s, 5, band == null ? null : band.low());
        setDouble(s, 6, band == null ? null : band.high());
        s.setString(7, band == null ? null : band.method());
        s.setInt(8, g.candidates());
        s.setLong(9, g.calls());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The leaderboard's and the lineage's candidates, each stored once and kept up to date. */
  private static void writeCandidates(Connection c, RunReport report) throws SQLException {
    Map<String, Candidate> shown = new LinkedHashMap<>();
    for (List<Candidate> list : listsOf(report)) {
      list.forEach(candidate -> shown.putIfAbsent(candidate.id(), candidate));
    }
    for (Candidate candidate : shown.values()) {
      String text = StoredJson.write(candidate);
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE run_candidates SET generation = ?, score = ?, candidate_json = ?"
                  + " WHERE run_id = ? AND candidate_id = ?")) {
        s.setInt(1, candidate.generation());
        setDouble(s, 2, candidate.score());
        s.setString(3, text);
        s.setString(4, report.runId());
        s.setString(5, candidate.id());
        if (s.executeUpdate() > 0) {
          continue;
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO run_candidates (generation, score, candidate_json, run_id,"
                  + " candidate_id) VALUES (?, ?, ?, ?, ?)")) {
        s.setInt(1, candidate.generation());
        setDouble(s, 2, candidate.score());
        s.setString(3, text);
        s.setString(4, report.runId());
        s.setString(5, candidate.id());
        s.executeUpdate();
      }
    }
  }

  private static List<List<Candidate>> listsOf(RunReport report) {
    List<List<Candidate>> lists = new ArrayList<>();
    if (report.leaderboard() != null) {
      lists.add(report.leaderboard());
    }
    if (report.lineage() != null) {
      lists.add(report.lineage());
    }
    return lists;
  }

  /** Runs newest first, a page at a time, those the filter lets through. */
  public RunPage list(RunFilter filter, int offset, int limit) throws SQLException {
    String where = filter.where();
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM runs" + where)) {
        filter.bind(s, 1);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          total = r.getLong(1);
        }
      }
      List<RunSummary> runs = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + " FROM runs"
                  + where
                  + " ORDER BY started_at_ms DESC, run_id DESC LIMIT ? OFFSET ?")) {
        int i = filter.bind(s, 1);
        s.setInt(i++, limit);
        s.setInt(i, offset);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            runs.add(summary(r));
          }
        }
      }
      return new RunPage(runs, offset, limit, total);
    }
  }

  /** The run's last stored report, if the store has the run. */
  public Optional<RunReport> report(String runId) throws SQLException {
    return text("SELECT report_json FROM runs WHERE run_id = ?", runId)
        .map(t -> StoredJson.read(t, RunReport.class));
  }

  /** The spec the run started from, if the store has it. */
  public Optional<RunSpec> spec(String runId) throws SQLException {
    return text("SELECT spec_json FROM runs WHERE run_id = ?", runId).map(SpecReader::parse);
  }

  /** The run's summary row, if the store has the run. */
  public Optional<RunSummary> summary(String runId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM runs WHERE run_id = ?")) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(summary(r)) : Optional.empty();
      }
    }
  }

  /** The run's generations, first to last. */
  public List<GenerationSummary> generations(String runId) throws SQLException {
    List<GenerationSummary> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT generation, best_score, mean_score, best_low, best_high, best_method,"
                    + " candidates, calls"
                    + " FROM run_generations WHERE run_id = ? ORDER BY generation")) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Double low = doubleOrNull(r, 4);
          Double high = doubleOrNull(r, 5);
          out.add(
              new GenerationSummary(
                  r.getInt(1),
                  r.getDouble(2),
                  r.getDouble(3),
                  r.getInt(7),
                  r.getLong(8),
                  low == null || high == null
                      ? null
                      : new ScoreInterval(low, high, r.getString(6))));
        }
      }
    }
    return out;
  }

  /** Every candidate the run has shown, best first (unscored last), then oldest first. */
  public List<Candidate> candidates(String runId) throws SQLException {
    List<Candidate> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT candidate_json FROM run_candidates WHERE run_id = ?"
                    + " ORDER BY CASE WHEN score IS NULL THEN 1 ELSE 0 END, score DESC,"
                    + " generation, candidate_id")) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(StoredJson.read(r.getString(1), Candidate.class));
        }
      }
    }
    return out;
  }

  private Optional<String> text(String sql, String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static boolean exists(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static RunSummary summary(ResultSet r) throws SQLException {
    return new RunSummary(
        r.getString("run_id"),
        r.getString("name"),
        RunStatus.valueOf(r.getString("status")),
        r.getString("strategy"),
        r.getInt("generation"),
        r.getInt("max_generations"),
        doubleOrNull(r, "best_validation"),
        doubleOrNull(r, "best_test"),
        doubleOrNull(r, "seed_validation"),
        doubleOrNull(r, "seed_test"),
        r.getLong("calls"),
        r.getDouble("cost_usd"),
        r.getLong("started_at_ms"),
        r.getLong("recorded_at_ms"));
  }

  private static Double doubleOrNull(ResultSet r, String column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  private static Double doubleOrNull(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.DOUBLE);
    } else {
      s.setDouble(index, value);
    }
  }
}
