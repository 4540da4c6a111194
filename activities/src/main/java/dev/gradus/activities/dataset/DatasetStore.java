package dev.gradus.activities.dataset;

import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.search.Example;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Datasets uploaded through the API, in the shared database (migration {@code V4__datasets.sql}):
 * checked with the same parser the workers use before they are stored, and then read by workers
 * when a run names one by id. Runs carry only the id, never the examples.
 */
public final class DatasetStore {

  /** The formats a dataset may be uploaded in: the file formats workers read. */
  public static final Set<String> FORMATS = Set.of("jsonl", "csv");

  private final DataSource dataSource;
  private final Clock clock;

  public DatasetStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Checks and stores a dataset. The same bytes again are the same dataset: its first upload is
   * returned, name included.
   *
   * @param format {@code jsonl} or {@code csv}
   * @throws DatasetException when the content is not a usable dataset, naming the line
   */
  public StoredDataset put(String name, String format, byte[] content) throws SQLException {
    List<Example> examples = parse(name, format, content);
    String id = idOf(content);
    Optional<StoredDataset> existing = find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    StoredDataset stored =
        new StoredDataset(id, name, format, examples.size(), content.length, clock.millis());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO datasets (dataset_id, name, format, examples, size_bytes, content,"
                    + " created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, name);
      s.setString(3, format);
      s.setInt(4, stored.examples());
      s.setLong(5, stored.sizeBytes());
      s.setString(6, new String(content, StandardCharsets.UTF_8));
      s.setLong(7, stored.createdAt());
      s.executeUpdate();
      return stored;
    } catch (SQLException e) {
      if (SharedDatabase.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return find(id).orElseThrow(() -> e); // uploaded at the same moment by someone else
      }
      throw e;
    }
  }

  /** The dataset's examples, parsed as at upload. */
  public Optional<DatasetContent> load(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT name, format, content FROM datasets WHERE dataset_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        byte[] content = r.getString(3).getBytes(StandardCharsets.UTF_8);
        return Optional.of(
            new DatasetContent(
                "dataset:" + id,
                DatasetFingerprint.of(content),
                parse(r.getString(1), r.getString(2), content)));
      }
    }
  }

  public Optional<StoredDataset> find(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM datasets WHERE dataset_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(row(r)) : Optional.empty();
      }
    }
  }

  /** Every uploaded dataset, newest first. */
  public List<StoredDataset> list() throws SQLException {
    List<StoredDataset> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM datasets ORDER BY created_at_ms DESC, dataset_id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(row(r));
      }
    }
    return out;
  }

  /** The id the content would have: the same bytes always get the same id. */
  public static String idOf(byte[] content) {
    return "ds-" + DatasetFingerprint.of(content).substring(0, 16);
  }

  /**
   * The examples of uploaded content, with the file parser the workers use; the name stands in for
   * the file's name in errors and default example ids.
   */
  private static List<Example> parse(String name, String format, byte[] content) {
    if (!FORMATS.contains(format)) {
      throw new DatasetException(
          name, "unknown format \"" + format + "\"; expected one of: csv, jsonl");
    }
    String file = name.toLowerCase(Locale.ROOT).endsWith("." + format) ? name : name + "." + format;
    return DatasetLoader.parse(Path.of(file), content);
  }

  /** What a row of the list holds, in the order {@link #row} reads it: all but the content. */
  private static final String COLUMNS =
      "dataset_id, name, format, examples, size_bytes, created_at_ms";

  private static StoredDataset row(ResultSet r) throws SQLException {
    return new StoredDataset(
        r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5), r.getLong(6));
  }
}
