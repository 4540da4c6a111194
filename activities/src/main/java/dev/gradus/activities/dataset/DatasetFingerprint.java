package dev.gradus.activities.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.search.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a dataset's content, in lowercase hex. A run records it when it starts, so that a
 * worker can tell when the file under a run has changed instead of silently scoring other data.
 */
public final class DatasetFingerprint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasetFingerprint() {}

  public static String of(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }

  /** The fingerprint of a file's bytes, exactly as stored. */
  public static String of(Path file) {
    try {
      return of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw DatasetException.fileNotFound(file);
    } catch (IOException e) {
      throw DatasetException.unreadable(file, e);
    }
  }

  /**
   * The fingerprint of examples that live only in memory (generated tasks): the hash of their JSON
   * form, one example per line. Example's fields are sorted, so equal lists give equal hashes.
   */
  public static String of(List<Example> examples) {
    StringBuilder lines = new StringBuilder();
    try {
      for (Example example : examples) {
        lines.append(JSON.writeValueAsString(example)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Example always serializes", e);
    }
    return of(lines.toString().getBytes(StandardCharsets.UTF_8));
  }
}
