package dev.gradus.activities.dataset;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A dataset that cannot be used as it is: a missing or unreadable file, a malformed line, a split
 * that would come out empty. Retrying does not help, so callers report it to the user, whose fix is
 * to edit the file or the spec. The message always names the file and, where there is one, the
 * line.
 */
public class DatasetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /** A problem with the dataset as a whole, reported as {@code "<source>: <problem>"}. */
  public DatasetException(String source, String problem) {
    this(source, 0, problem, null);
  }

  /** A problem on one line, reported as {@code "<source> line <n>: <problem>"}. */
  public DatasetException(String source, int line, String problem) {
    this(source, line, problem, null);
  }

  public DatasetException(String source, int line, String problem, Throwable cause) {
    this(
        line > 0 ? source + " line " + line + ": " + problem : source + ": " + problem,
        source,
        line,
        cause);
  }

  private DatasetException(String message, String source, int line, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.line = line;
  }

  public static DatasetException fileNotFound(Path file) {
    return new DatasetException("file not found: " + file, file.toString(), 0, null);
  }

  public static DatasetException unreadable(Path file, IOException cause) {
    String reason;
    if (cause instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason();
    } else {
      reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    return new DatasetException(
        "unreadable: " + file + " (" + reason + ")", file.toString(), 0, cause);
  }

  /** The file (or in-memory source) the problem was found in. */
  public String source() {
    return source;
  }

  /** The 1-based line the problem was found on, or 0 when it concerns the whole dataset. */
  public int line() {
    return line;
  }
}
