package dev.gradus.activities.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.TestDatabases;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The response cache on H2, and the same tests on any other database through the protected methods
 * that give its databases: {@code PostgresSharedDatabaseTest} runs them on PostgreSQL.
 */
public class ResponseCacheTest {

  private static final Duration TTL = Duration.ofDays(30);

  private final MutableClock clock = new MutableClock();
  private Supplier<SharedDatabase> workers;
  private SharedDatabase database;
  private ResponseCache cache;

  @BeforeEach
  void openCache() {
    workers = freshDatabase();
    database = workers.get();
    cache = new ResponseCache(database, TTL, clock);
  }

  /**
   * A fresh, empty database; each call of the supplier opens it once more, as another worker would.
   * Here an in-memory H2.
   */
  protected Supplier<SharedDatabase> freshDatabase() {
    String url = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return () -> TestDatabases.at(url);
  }

  /**
   * A fresh database that workers in separate processes can share. Here an H2 file in {@code
   * folder}, which the first worker to open it serves to the others ({@code AUTO_SERVER}).
   */
  protected Supplier<SharedDatabase> freshDatabaseOfSeparateProcesses(Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("responses") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    return () -> TestDatabases.at(url);
  }

  /** An address where no database answers. */
  protected SharedDatabase unreachableDatabase() {
    return TestDatabases.unreachable();
  }

  static LlmRequest request(String input) {
    return new LlmRequest(
        "target",
        new ModelSpec("openai", "gpt-4o-mini", 0.0, null),
        List.of(ChatMessage.user("Input: " + input + "\nOutput:")),
        0);
  }

  @Test
  void aStoredAnswerIsServedWithItsTokens() {
    assertThat(cache.lookup(request("2+2"))).isEmpty();

    cache.store(request("2+2"), new LlmResponse("4", 12, 1));

    assertThat(cache.lookup(request("2+2"))).contains(new LlmResponse("4", 12, 1));
    assertThat(cache.lookup(request("2+3"))).isEmpty();
  }

  @Test
  void anAnswerIsServedUntilItIsOlderThanTheTtlAndThenReplaced() {
    cache.store(request("2+2"), new LlmResponse("four", 12, 1));

    clock.advance(TTL.minusSeconds(1));
    assertThat(cache.lookup(request("2+2"))).map(LlmResponse::text).contains("four");

    clock.advance(Duration.ofSeconds(2));
    assertThat(cache.lookup(request("2+2"))).isEmpty();

    cache.store(request("2+2"), new LlmResponse("4", 12, 1));
    assertThat(cache.lookup(request("2+2"))).map(LlmResponse::text).contains("4");
    assertThat(rows(database)).isEqualTo(1);
  }

  @Test
  void aFreshAnswerIsNotOverwritten() {
    cache.store(request("2+2"), new LlmResponse("4", 12, 1));
    cache.store(request("2+2"), new LlmResponse("four", 12, 1));

    assertThat(cache.lookup(request("2+2"))).map(LlmResponse::text).contains("4");
  }

  @Test
  void purgingDeletesOnlyExpiredEntries() {
    cache.store(request("old"), new LlmResponse("a", 1, 1));
    clock.advance(Duration.ofDays(20));
    cache.store(request("new"), new LlmResponse("b", 1, 1));
    clock.advance(Duration.ofDays(11));

    assertThat(cache.purgeExpired()).isEqualTo(1);
    assertThat(rows(database)).isEqualTo(1);
    assertThat(cache.lookup(request("new"))).isPresent();
  }

  @Test
  void workersOnOneDatabaseShareAnswers() {
    ResponseCache other = new ResponseCache(workers.get(), TTL, clock);

    cache.store(request("2+2"), new LlmResponse("4", 12, 1));

    assertThat(other.lookup(request("2+2"))).map(LlmResponse::text).contains("4");
  }

  /** Two workers, eight threads each, store the same key at once in one shared database. */
  @Test
  void storingOneKeyConcurrentlyNeverFailsAndKeepsOneAnswer(@TempDir Path dir) throws Exception {
    Supplier<SharedDatabase> shared = freshDatabaseOfSeparateProcesses(dir);
    SharedDatabase first = shared.get();
    SharedDatabase second = shared.get();
    first.migrate();
    second.migrate();
    List<ResponseStore> workers =
        List.of(new ResponseStore(first.dataSource()), new ResponseStore(second.dataSource()));
    String key = CacheKey.of(request("2+2"));
    int threads = 16;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> stores = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        ResponseStore store = workers.get(i % 2);
        LlmResponse answer = new LlmResponse("answer " + i, 12, 1);
        stores.add(
            pool.submit(
                () -> {
                  start.await();
                  store.put(key, answer, clock.instant(), clock.instant().minus(TTL));
                  return null;
                }));
      }
      for (Future<?> f : stores) {
        f.get(); // rethrows any failure of a store
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(rows(first)).isEqualTo(1);
    Optional<LlmResponse> one = workers.get(0).find(key, clock.instant().minus(TTL));
    assertThat(one)
        .map(LlmResponse::text)
        .hasValueSatisfying(t -> assertThat(t).startsWith("answer "));
    assertThat(workers.get(1).find(key, clock.instant().minus(TTL))).isEqualTo(one);
  }

  @Test
  void anUnreachableDatabaseMissesAndStoresNothingWithoutThrowing() {
    ResponseCache broken = new ResponseCache(unreachableDatabase(), TTL, clock);

    assertThat(broken.lookup(request("2+2"))).isEmpty();
    broken.store(request("2+2"), new LlmResponse("4", 12, 1));
    assertThat(broken.purgeExpired()).isZero();
  }

  @Test
  void afterAFailureTheCacheStepsAsideForAWhileThenComesBack() throws SQLException {
    cache.store(request("2+2"), new LlmResponse("4", 12, 1));
    execute(database, "ALTER TABLE response_cache RENAME TO parked");

    assertThat(cache.lookup(request("2+2"))).isEmpty();

    execute(database, "ALTER TABLE parked RENAME TO response_cache");
    assertThat(cache.lookup(request("2+2"))).as("still stepping aside").isEmpty();

    clock.advance(ResponseCache.PAUSE_AFTER_FAILURE);
    assertThat(cache.lookup(request("2+2"))).map(LlmResponse::text).contains("4");
  }

  @Test
  void aCacheThatIsOffNeverServes() {
    ResponseCache off = ResponseCache.off();

    off.store(request("2+2"), new LlmResponse("4", 12, 1));

    assertThat(off.lookup(request("2+2"))).isEmpty();
    assertThat(off.purgeExpired()).isZero();
  }

  static int rows(SharedDatabase database) {
    try (Connection c = database.dataSource().getConnection();
        ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM response_cache")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(SharedDatabase database, String sql) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
