package dev.gradus.activities.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.TestDatabases;
import dev.gradus.search.Example;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploaded datasets on H2; {@code PostgresSharedDatabaseTest} runs the same tests on PostgreSQL
 * through {@link #freshDatabase()}.
 */
public class DatasetStoreTest {

  static final byte[] JSONL =
      """
      {"input": "I loved it", "target": "positive"}
      {"input": "Dull and long", "target": "negative"}
      {"input": "Café au lait, très bon", "target": "positive"}
      """
          .getBytes(StandardCharsets.UTF_8);

  private DatasetStore store;

  protected Supplier<SharedDatabase> freshDatabase() {
    return TestDatabases::inMemory;
  }

  @BeforeEach
  void setUp() {
    SharedDatabase database = freshDatabase().get();
    database.migrate();
    store =
        new DatasetStore(
            database.dataSource(),
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void anUploadIsCheckedStoredAndReadBackExample() throws SQLException {
    StoredDataset stored = store.put("reviews.jsonl", "jsonl", JSONL);

    assertThat(stored.id()).matches("ds-[0-9a-f]{16}").isEqualTo(DatasetStore.idOf(JSONL));
    assertThat(stored.examples()).isEqualTo(3);
    assertThat(stored.sizeBytes()).isEqualTo(JSONL.length);
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-12-06T10:00:00Z").toEpochMilli());
    assertThat(store.find(stored.id())).contains(stored);
    DatasetContent content = store.load(stored.id()).orElseThrow();
    assertThat(content.source()).isEqualTo("dataset:" + stored.id());
    assertThat(content.examples())
        .extracting(Example::input)
        .containsExactly("I loved it", "Dull and long", "Café au lait, très bon");
  }

  @Test
  void theSameBytesAgainAreTheSameDataset() throws SQLException {
    StoredDataset first = store.put("reviews.jsonl", "jsonl", JSONL);
    StoredDataset again = store.put("copy.jsonl", "jsonl", JSONL);

    assertThat(again).isEqualTo(first);
    assertThat(store.list()).containsExactly(first);
  }

  @Test
  void csvIsReadWithItsHeader() throws SQLException {
    byte[] csv = "input,target\nhello,greeting\nbye,farewell\n".getBytes(StandardCharsets.UTF_8);
    StoredDataset stored = store.put("words", "csv", csv);

    assertThat(stored.examples()).isEqualTo(2);
    assertThat(store.load(stored.id()).orElseThrow().examples())
        .extracting(Example::target)
        .containsExactly("greeting", "farewell");
  }

  @Test
  void contentWorkersCouldNotReadIsRefusedNamingTheLineAndNothingIsStored() throws SQLException {
    byte[] broken =
        "{\"input\": \"fine\", \"target\": \"ok\"}\n{\"input\": \"no target\"\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store.put("broken.jsonl", "jsonl", broken))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("broken.jsonl line 2:");
    assertThatThrownBy(() -> store.put("empty.jsonl", "jsonl", new byte[0]))
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> store.put("x.parquet", "parquet", JSONL))
        .hasMessageContaining("unknown format \"parquet\"");
    assertThat(store.list()).isEmpty();
  }

  @Test
  void anUnknownIdIsAbsent() throws SQLException {
    assertThat(store.find("ds-0000000000000000")).isEmpty();
    assertThat(store.load("ds-0000000000000000")).isEmpty();
  }
}
