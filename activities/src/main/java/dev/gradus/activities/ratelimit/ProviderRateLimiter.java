package dev.gradus.activities.ratelimit;

import dev.gradus.activities.ProvidersConfig;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Holds provider calls to the limits a user configured ({@code GRADUS_RATE_LIMITS}), across every
 * worker of a deployment. The limits live in the database the workers already share for the
 * response cache, so they hold however many workers and runs there are:
 *
 * <ul>
 *   <li>a <b>rate</b> ({@code 5/s}) spaces requests evenly: each caller reserves the next free send
 *       time in one short transaction, then sleeps until it, so no one polls;
 *   <li>a <b>concurrency</b> ({@code 8 concurrent}) is a lease per request in flight. Callers of
 *       one worker first queue on a local semaphore of the same size, so that at most that many
 *       poll the database for a free lease. Leases are renewed while their requests run and expire
 *       {@link #LEASE_TTL} after their worker dies.
 * </ul>
 *
 * A call covered by several limits (a provider's and its model's) needs all of them. When the
 * database cannot be reached, the call fails as retryable without being sent: a limit is never
 * exceeded because its bookkeeping failed.
 *
 * <p>Why not Temporal's own task-queue rate limit: it counts activity starts on one task queue,
 * while one activity here makes up to fifty calls to one model; it has no concurrency limit shared
 * by workers; and the embedded test server does not enforce it.
 */
@ApplicationScoped
public class ProviderRateLimiter {

  /** How long a lease outlives its worker's last renewal. */
  static final Duration LEASE_TTL = Duration.ofSeconds(30);

  static final Duration RENEW_EVERY = Duration.ofSeconds(10);

  /** The longest pause between two looks for a free lease. */
  private static final long MAX_POLL_MILLIS = 200;

  /** Attempts of one database step before the call fails (H2 may time out a contended lock). */
  private static final int DATABASE_ATTEMPTS = 3;

  private static final Logger LOG = Logger.getLogger(ProviderRateLimiter.class);

  private final List<RateLimit> limits;
  private final SharedDatabase database;
  private final RateLimitStore store;
  private final Clock clock;
  private final String holder = UUID.randomUUID().toString();
  private final Map<String, Semaphore> localSlots = new ConcurrentHashMap<>();
  private final Set<String> leases = ConcurrentHashMap.newKeySet();
  private volatile ScheduledExecutorService renewer;

  @Inject
  ProviderRateLimiter(ProvidersConfig config, Instance<SharedDatabase> database) {
    this(RateLimits.parse(config.rateLimits().orElse(null)), database);
  }

  private ProviderRateLimiter(List<RateLimit> limits, Instance<SharedDatabase> database) {
    this(limits, limits.isEmpty() ? null : database.get(), Clock.systemUTC());
  }

  /**
   * @param limits the limits, in key order
   * @param database where the limits' state lives; null only when there are no limits
   */
  public ProviderRateLimiter(List<RateLimit> limits, SharedDatabase database, Clock clock) {
    if (!limits.isEmpty() && database == null) {
      throw new IllegalArgumentException("rate limits need the workers' shared database");
    }
    this.limits = List.copyOf(limits);
    this.database = database;
    this.store = database == null ? null : new RateLimitStore(database.dataSource());
    this.clock = clock;
  }

  /**
   * Limits read from a setting's text, as {@code GRADUS_RATE_LIMITS} holds it.
   *
   * @throws IllegalArgumentException naming the entry and what was expected
   */
  public static ProviderRateLimiter of(String setting, SharedDatabase database, Clock clock) {
    return new ProviderRateLimiter(RateLimits.parse(setting), database, clock);
  }

  /** No limits: every call goes at once. */
  public static ProviderRateLimiter none() {
    return new ProviderRateLimiter(List.of(), null, Clock.systemUTC());
  }

  /**
   * Reads the setting and logs it; the worker calls this before it connects to Temporal, so that a
   * bad limit stops it with a clear error before it takes any work.
   */
  public void announce() {
    if (!limits.isEmpty()) {
      LOG.infof(
          "provider rate limits, shared through %s: %s",
          database.description(),
          limits.stream().map(RateLimit::toString).collect(Collectors.joining("; ")));
    }
  }

  /** The configured limits, in key order. */
  public List<RateLimit> limits() {
    return limits;
  }

  /**
   * Waits for the turn of one call to {@code model} of {@code provider} under every limit that
   * covers it.
   *
   * @throws ProviderException retryable, when the limits' database failed or the wait was
   *     interrupted; the call must not be sent
   */
  public Permit acquire(String provider, String model) {
    List<RateLimit> covering =
        limits.stream().filter(l -> l.scope().covers(provider, model)).toList();
    if (covering.isEmpty()) {
      return Permit.UNLIMITED;
    }
    long start = System.nanoTime();
    List<Slot> slots = new ArrayList<>();
    try {
      database.migrate();
      for (RateLimit limit : covering) {
        if (limit.maxConcurrent() > 0) {
          slots.add(lease(limit));
        }
      }
      List<RateLimit> paced = covering.stream().filter(l -> l.requestsPerSecond() > 0).toList();
      if (!paced.isEmpty()) {
        long sendAt = attempt(() -> store.reserveSendTime(paced, this::nowMicros));
        sleepUntil(sendAt);
      }
      return new HeldPermit(slots, Duration.ofNanos(System.nanoTime() - start));
    } catch (SQLException | RuntimeException e) {
      release(slots);
      if (e instanceof ProviderException p) {
        throw p;
      }
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE,
          provider
              + " model "
              + model
              + ": the shared rate limits could not be checked in "
              + database.description()
              + " ("
              + SqlFailure.describe(e)
              + "); the call was not sent",
          null,
          null);
    } catch (InterruptedException e) {
      release(slots);
      Thread.currentThread().interrupt();
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE,
          provider + " model " + model + ": interrupted while waiting for a rate-limit turn",
          null,
          e);
    }
  }

  /** Takes one slot under a concurrency limit: first this worker's, then the deployment's. */
  private Slot lease(RateLimit limit) throws SQLException, InterruptedException {
    Semaphore local =
        localSlots.computeIfAbsent(limit.key(), k -> new Semaphore(limit.maxConcurrent(), true));
    local.acquire();
    try {
      long pause = 5;
      while (true) {
        long now = nowMicros();
        String lease =
            attempt(() -> store.tryLease(limit, holder, now, now + LEASE_TTL.toNanos() / 1000));
        if (lease != null) {
          leases.add(lease);
          startRenewing();
          return new Slot(lease, local);
        }
        // Another worker holds the free slots: look again soon, with jitter so that waiting
        // workers do not look in step.
        Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause + 1));
        pause = Math.min(MAX_POLL_MILLIS, pause * 2);
      }
    } catch (SQLException | RuntimeException | InterruptedException e) {
      local.release();
      throw e;
    }
  }

  private void release(List<Slot> slots) {
    for (Slot slot : slots) {
      leases.remove(slot.lease());
      try {
        store.release(slot.lease());
      } catch (SQLException | RuntimeException e) {
        // No longer renewed, the lease expires within LEASE_TTL and frees its slot then.
        LOG.warnf(
            "could not free a rate-limit slot (%s); it frees itself within %d s",
            SqlFailure.describe(e), LEASE_TTL.toSeconds());
      } finally {
        slot.local().release();
      }
    }
  }

  private synchronized void startRenewing() {
    if (renewer != null) {
      return;
    }
    renewer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "gradus-rate-limit-leases");
              t.setDaemon(true);
              return t;
            });
    long every = RENEW_EVERY.toMillis();
    renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  private void renew() {
    List<String> held = List.copyOf(leases);
    if (held.isEmpty()) {
      return;
    }
    try {
      store.renew(held, nowMicros() + LEASE_TTL.toNanos() / 1000);
    } catch (SQLException | RuntimeException e) {
      LOG.warnf(
          "could not renew %d rate-limit leases (%s); they expire in %d s unless a renewal works",
          held.size(), SqlFailure.describe(e), LEASE_TTL.toSeconds());
    }
  }

  /** Frees this worker's slots at shutdown, so that other workers need not wait for expiry. */
  @PreDestroy
  public void stop() {
    if (renewer != null) {
      renewer.shutdownNow();
    }
    if (store == null || leases.isEmpty()) {
      return;
    }
    try {
      store.releaseAll(holder);
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("could not free rate-limit slots at shutdown (%s)", SqlFailure.describe(e));
    }
  }

  private long nowMicros() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
  }

  private void sleepUntil(long epochMicros) throws InterruptedException {
    long waitMicros = epochMicros - nowMicros();
    if (waitMicros > 0) {
      TimeUnit.MICROSECONDS.sleep(waitMicros);
    }
  }

  /** Runs a database step, again after a short pause when it fails, a few times at most. */
  private static <T> T attempt(DatabaseStep<T> step) throws SQLException, InterruptedException {
    for (int i = 1; ; i++) {
      try {
        return step.run();
      } catch (SQLException e) {
        if (i == DATABASE_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(20L * i);
      }
    }
  }

  @FunctionalInterface
  private interface DatabaseStep<T> {
    T run() throws SQLException;
  }

  private record Slot(String lease, Semaphore local) {}

  private final class HeldPermit implements Permit {
    private final List<Slot> slots;
    private final Duration waited;
    private boolean closed;

    HeldPermit(List<Slot> slots, Duration waited) {
      this.slots = slots;
      this.waited = waited;
    }

    @Override
    public boolean limited() {
      return true;
    }

    @Override
    public Duration waited() {
      return waited;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        release(slots);
      }
    }
  }
}
