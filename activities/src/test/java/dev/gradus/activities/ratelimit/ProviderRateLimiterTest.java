package dev.gradus.activities.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.cache.MutableClock;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limits shared through one database by several limiters, as by several workers: each limiter here
 * stands for a worker, with its own holder id, local slots and data source. The database is H2;
 * {@code PostgresSharedDatabaseTest} runs the same tests on PostgreSQL through the protected
 * methods that give the databases.
 */
public class ProviderRateLimiterTest {

  private final List<ProviderRateLimiter> workers = new ArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private Supplier<SharedDatabase> database;

  @BeforeEach
  void openDatabase() {
    database = freshDatabase();
  }

  /**
   * A fresh, empty database; each call of the supplier opens it once more, as another worker would.
   * Here an in-memory H2.
   */
  protected Supplier<SharedDatabase> freshDatabase() {
    String url = "jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return () -> TestDatabases.at(url);
  }

  /** An address where no database answers. */
  protected SharedDatabase unreachableDatabase() {
    return TestDatabases.unreachable();
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
    workers.forEach(ProviderRateLimiter::stop);
  }

  private ProviderRateLimiter worker(String setting, Clock clock) {
    ProviderRateLimiter limiter = ProviderRateLimiter.of(setting, database.get(), clock);
    workers.add(limiter);
    return limiter;
  }

  private ProviderRateLimiter worker(String setting) {
    return worker(setting, Clock.systemUTC());
  }

  @Test
  void concurrencyIsSharedByAllWorkers() throws Exception {
    String setting = "openai/gpt-4o = 3 concurrent";
    List<ProviderRateLimiter> three = List.of(worker(setting), worker(setting), worker(setting));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Future<?>> calls = new ArrayList<>();
    for (ProviderRateLimiter limiter : three) {
      for (int i = 0; i < 8; i++) {
        calls.add(
            threads.submit(
                () -> {
                  for (int k = 0; k < 3; k++) {
                    try (Permit permit = limiter.acquire("openai", "gpt-4o")) {
                      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                      sleep(15);
                      inFlight.decrementAndGet();
                    }
                  }
                  return null;
                }));
      }
    }
    for (Future<?> call : calls) {
      call.get(60, TimeUnit.SECONDS);
    }

    assertThat(most.get()).as("never more than the limit in flight").isLessThanOrEqualTo(3);
    // And the slots are shared, not taken one at a time (on a loaded machine the three may not all
    // be seen in flight at one instant: the CI run of 2026-12-06 saw two).
    assertThat(most.get()).as("more than one in flight").isGreaterThanOrEqualTo(2);
    assertThat(leases()).as("every slot freed").isZero();
  }

  @Test
  void aRateSpacesRequestsAcrossWorkers() throws Exception {
    String setting = "anthropic = 40/s";
    List<ProviderRateLimiter> two = List.of(worker(setting), worker(setting));
    List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> calls = new ArrayList<>();
    for (ProviderRateLimiter limiter : two) {
      for (int i = 0; i < 4; i++) {
        calls.add(
            threads.submit(
                () -> {
                  for (int k = 0; k < 10; k++) {
                    try (Permit permit = limiter.acquire("anthropic", "claude-haiku-4-5")) {
                      sentAt.add(System.nanoTime());
                    }
                  }
                  return null;
                }));
      }
    }
    for (Future<?> call : calls) {
      call.get(60, TimeUnit.SECONDS);
    }

    List<Long> sorted = sentAt.stream().sorted().toList();
    assertThat(sorted).hasSize(80);
    double seconds = (sorted.get(79) - sorted.get(0)) / 1e9;
    // 80 requests at 40/s: the last goes 79 spacings of 25 ms after the first, 1.975 s (unlimited,
    // they would all go within a few milliseconds). The first sender may record its time late on
    // a busy machine, which shortens the span by as much: 50 ms are allowed for that.
    assertThat(seconds).isGreaterThanOrEqualTo(79 / 40.0 - 0.05);
    // Senders record their time after the permit, and on a loaded machine a thread may record it
    // late, so that a one-second window holds a request or two more (42 seen on CI, 2026-12-06);
    // without the limit all 80 would fall in one window.
    assertThat(mostInOneSecond(sorted)).isLessThanOrEqualTo(42);
  }

  @Test
  void aCallNeedsEveryLimitThatCoversIt() throws Exception {
    String setting = "openai = 2 concurrent; openai/gpt-4o = 5 concurrent";
    ProviderRateLimiter limiter = worker(setting);
    Permit first = limiter.acquire("openai", "gpt-4o");
    Permit second = limiter.acquire("openai", "gpt-4o-mini");

    Future<Permit> third = threads.submit(() -> limiter.acquire("openai", "gpt-4o"));
    assertThatThrownBy(() -> third.get(300, TimeUnit.MILLISECONDS))
        .as("the provider's two slots are taken, though gpt-4o's own limit has room")
        .isInstanceOf(TimeoutException.class);

    second.close();
    third.get(10, TimeUnit.SECONDS).close();
    first.close();
    assertThat(leases()).isZero();
  }

  @Test
  void theSlotOfAWorkerThatDiedIsFreedWhenItsLeaseExpires() throws Exception {
    String setting = "openai/gpt-4o = 1 concurrent";
    MutableClock dead = new MutableClock();
    MutableClock alive = new MutableClock();
    // The dead worker took the slot and will never release or renew it.
    worker(setting, dead).acquire("openai", "gpt-4o");
    ProviderRateLimiter survivor = worker(setting, alive);

    Future<Permit> waiting = threads.submit(() -> survivor.acquire("openai", "gpt-4o"));
    assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);

    alive.advance(ProviderRateLimiter.LEASE_TTL.plusSeconds(1));
    try (Permit permit = waiting.get(10, TimeUnit.SECONDS)) {
      assertThat(permit.limited()).isTrue();
      assertThat(permit.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void callsNoLimitCoversGoAtOnceWithoutTouchingTheDatabase() {
    ProviderRateLimiter limiter =
        ProviderRateLimiter.of("openai/gpt-4o = 1/s", unreachableDatabase(), null);

    try (Permit permit = limiter.acquire("anthropic", "claude-haiku-4-5")) {
      assertThat(permit.limited()).isFalse();
    }
    assertThat(ProviderRateLimiter.none().acquire("openai", "gpt-4o").limited()).isFalse();
  }

  @Test
  void aDatabaseThatFailsFailsTheCallRetryablyWithoutSendingIt() {
    SharedDatabase gone = unreachableDatabase();
    ProviderRateLimiter limiter =
        ProviderRateLimiter.of("openai = 2/s, 1 concurrent", gone, Clock.systemUTC());
    workers.add(limiter);

    assertThatThrownBy(() -> limiter.acquire("openai", "gpt-4o"))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.kind().retryable()).isTrue())
        .hasMessageContaining("openai model gpt-4o")
        .hasMessageContaining("the call was not sent")
        .hasMessageNotContaining("jdbc:");
  }

  @Test
  void leasesAreRenewedWhileTheirCallsRun() throws Exception {
    String setting = "openai/gpt-4o = 1 concurrent";
    ProviderRateLimiter holder = worker(setting);
    Permit held = holder.acquire("openai", "gpt-4o");
    long firstExpiry = expiry();

    CompletableFuture<Long> renewed =
        CompletableFuture.supplyAsync(
            () -> {
              while (true) {
                long e = expiry();
                if (e > firstExpiry) {
                  return e;
                }
                sleep(200);
              }
            },
            threads);

    assertThat(renewed.get(ProviderRateLimiter.RENEW_EVERY.toSeconds() + 10, TimeUnit.SECONDS))
        .isGreaterThan(firstExpiry);
    held.close();
    assertThat(leases()).isZero();
  }

  private static int mostInOneSecond(List<Long> sortedNanos) {
    int most = 0;
    int from = 0;
    for (int to = 0; to < sortedNanos.size(); to++) {
      while (sortedNanos.get(to) - sortedNanos.get(from) >= 1_000_000_000L) {
        from++;
      }
      most = Math.max(most, to - from + 1);
    }
    return most;
  }

  private int leases() {
    return (int) query("SELECT COUNT(*) FROM rate_limit_lease");
  }

  private long expiry() {
    return query("SELECT MAX(expires_at) FROM rate_limit_lease");
  }

  private long query(String sql) {
    try (var c = database.get().dataSource().getConnection();
        var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
