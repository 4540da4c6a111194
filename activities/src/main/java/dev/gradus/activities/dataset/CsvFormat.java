package dev.gradus.activities.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.gradus.search.Example;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSV with a header row. Rows are read as arrays from Jackson's CSV tokenizer rather than as maps,
 * because only the tokens carry the line a row starts on, which errors must name even when quoted
 * cells span several lines.
 */
final class CsvFormat {

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private CsvFormat() {}

  /** One CSV record and the line it starts on. */
  private record Row(int line, List<String> cells) {}

  static List<Example> parse(String source, String stem, String text) {
    List<Row> rows = rows(source, text);
    if (rows.isEmpty()) {
      return List.of();
    }
    Row header = rows.get(0);
    List<String> columns = columns(source, header);
    ExampleBuilder builder = new ExampleBuilder(source, stem, "row");
    List<Example> examples = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() > columns.size()) {
        throw new DatasetException(
            source,
            row.line(),
            "row has %d values but the header has %d columns"
                .formatted(row.cells().size(), columns.size()));
      }
      examples.add(builder.build(toObject(source, row, columns), row.line()));
    }
    return examples;
  }

  private static List<String> columns(String source, Row header) {
    List<String> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String cell : header.cells()) {
      String name = cell.strip();
      if (name.isEmpty() || !seen.add(name)) {
        String problem =
            name.isEmpty() ? "an empty column name" : "a duplicate column \"" + name + "\"";
        throw new DatasetException(source, header.line(), "header has " + problem);
      }
      columns.add(name);
    }
    if (!seen.contains("input") || !(seen.contains("target") || seen.contains("targets"))) {
      throw new DatasetException(
          source,
          header.line(),
          "header needs columns \"input\" and" + " \"target\" or \"targets\", found " + columns);
    }
    return columns;
  }

  /**
   * Blank reserved cells count as absent, so a row may give either target or targets; blank extra
   * cells stay as empty text, since the column exists and a template may show it.
   */
  private static ObjectNode toObject(String source, Row row, List<String> columns) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < row.cells().size(); i++) {
      String name = columns.get(i);
      String cell = row.cells().get(i);
      if (ExampleBuilder.RESERVED.contains(name) && cell.isBlank()) {
        continue;
      }
      node.set(
          name, name.equals("targets") ? targets(source, row.line(), cell) : node.textNode(cell));
    }
    return node;
  }

  /** A targets cell is either a JSON array ("[\"a\", \"b\"]") or answers separated by '|'. */
  private static JsonNode targets(String source, int line, String cell) {
    if (cell.strip().startsWith("[")) {
      try {
        return JSON.readTree(cell);
      } catch (JsonProcessingException e) {
        throw new DatasetException(
            source,
            line,
            "column \"targets\" looks like a JSON list but is"
                + " not valid JSON: "
                + e.getOriginalMessage(),
            e);
      }
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        list.add(part.strip());
      }
    }
    return list;
  }

  private static List<Row> rows(String source, String text) {
    List<Row> rows = new ArrayList<>();
    try (JsonParser parser = CSV.createParser(text)) {
      parser.nextToken(); // the array that wraps all rows
      for (JsonToken token = parser.nextToken();
          token == JsonToken.START_ARRAY;
          token = parser.nextToken()) {
        List<String> cells = new ArrayList<>();
        int line = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            line = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getText());
        }
        rows.add(new Row(line, cells));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DatasetException(source, line, "not valid CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DatasetException(source, 0, "unreadable: " + e.getMessage(), e);
    }
    return rows;
  }
}
