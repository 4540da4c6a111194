package dev.gradus.activities.dataset;

import dev.gradus.search.Example;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a dataset file: JSON Lines ({@code .jsonl}, one object per line) or CSV ({@code .csv}, with
 * a header row). Each record needs {@code input} and {@code target} or {@code targets}; {@code id}
 * is optional and defaults to {@code <file-stem>/<line>}; any other field is kept as text for
 * templates. Every error is a {@link DatasetException} naming the file and line.
 */
public final class DatasetLoader {

  private DatasetLoader() {}

  /** The examples of a file, in file order. */
  public static List<Example> load(Path file) {
    return read(file).examples();
  }

  /**
   * The examples of a file together with the fingerprint of the very bytes they were parsed from,
   * so the two can never describe different versions of a file that is being rewritten.
   */
  public static DatasetContent read(Path file) {
    checkSupported(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw DatasetException.fileNotFound(file);
    } catch (IOException e) {
      throw DatasetException.unreadable(file, e);
    }
    return new DatasetContent(file.toString(), DatasetFingerprint.of(bytes), parse(file, bytes));
  }

  /** Parses content as if read from {@code file}, whose name picks the format and default ids. */
  public static List<Example> parse(Path file, byte[] content) {
    checkSupported(file);
    String source = file.toString();
    String text = decode(source, content);
    String stem = stem(file);
    List<Example> examples =
        extension(file).equals(".csv")
            ? CsvFormat.parse(source, stem, text)
            : JsonlFormat.parse(source, stem, text);
    if (examples.isEmpty()) {
      String expected =
          extension(file).equals(".csv")
              ? "a header row and at least one example row"
              : "at least one JSON object per line";
      throw new DatasetException(
          source, (text.isBlank() ? "empty file" : "no examples") + " (expected " + expected + ")");
    }
    return examples;
  }

  /** Strict UTF-8, so that a file in another encoding fails clearly instead of garbling text. */
  private static String decode(String source, byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      // Spreadsheet exports often start with a byte-order mark, which would corrupt the first name.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DatasetException(source, "unreadable: not valid UTF-8 text");
    }
  }

  private static void checkSupported(Path file) {
    String extension = extension(file);
    if (!extension.equals(".jsonl") && !extension.equals(".csv")) {
      String found = extension.isEmpty() ? "no file extension" : "file type \"" + extension + "\"";
      throw new DatasetException(
          file.toString(), "unsupported " + found + ": expected .jsonl or .csv");
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
