package dev.gradus.activities.cache;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Provider answers by request, shared by every worker that uses the same database. It never fails a
 * call: when its database fails, it logs a warning (without keys or prompts), steps aside for
 * {@link #PAUSE_AFTER_FAILURE} so that calls do not wait on a dead database one by one, and the
 * calls go to the provider uncached.
 */
@ApplicationScoped
public class ResponseCache {

  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(ResponseCache.class);

  private final SharedDatabase database;
  private final ResponseStore store;
  private final Duration ttl;
  private final Clock clock;
  private volatile boolean migrated;
  private volatile Instant pausedUntil = Instant.MIN;

  @Inject
  ResponseCache(CacheConfig config, Instance<SharedDatabase> database) {
    this(config.enabled() ? database.get() : null, config.ttl(), Clock.systemUTC());
  }

  /**
   * @param database where entries live, or null for a cache that is off
   */
  public ResponseCache(SharedDatabase database, Duration ttl, Clock clock) {
    this.database = database;
    this.store = database == null ? null : new ResponseStore(database.dataSource());
    this.ttl = ttl;
    this.clock = clock;
  }

  public static ResponseCache off() {
    return new ResponseCache(null, Duration.ZERO, Clock.systemUTC());
  }

  /**
   * Purges expired answers and says where the cache lives; the worker calls this when it starts.
   */
  public void announce() {
    if (database == null) {
      LOG.info("response cache off");
      return;
    }
    int purged = purgeExpired();
    if (migrated) {
      LOG.infof(
          "response cache in %s; entries expire after %s (%d expired ones purged now)",
          database.description(), ttl.toString().substring(2).toLowerCase(Locale.ROOT), purged);
    }
  }

  /** The stored answer to this request, if there is a fresh one. */
  public Optional<LlmResponse> lookup(LlmRequest request) {
    if (!usable()) {
      return Optional.empty();
    }
    try {
      return store.find(CacheKey.of(request), clock.instant().minus(ttl));
    } catch (SQLException | RuntimeException e) {
      pause("look up an answer", e);
      return Optional.empty();
    }
  }

  /** Stores an answer the provider gave; returns once it is durable (or the cache failed). */
  public void store(LlmRequest request, LlmResponse response) {
    if (response.text() == null || !usable()) {
      return;
    }
    Instant now = clock.instant();
    try {
      store.put(CacheKey.of(request), response, now, now.minus(ttl));
    } catch (SQLException | RuntimeException e) {
      pause("store an answer", e);
    }
  }

  /** Deletes the entries older than the TTL; returns how many, 0 when the cache is unusable. */
  public int purgeExpired() {
    if (!usable()) {
      return 0;
    }
    try {
      return store.deleteOlderThan(clock.instant().minus(ttl));
    } catch (SQLException | RuntimeException e) {
      pause("purge expired answers", e);
      return 0;
    }
  }

  /** On, and its database answered lately; brings the schema up to date on first use. */
  private boolean usable() {
    if (database == null || clock.instant().isBefore(pausedUntil)) {
      return false;
    }
    if (!migrated) {
      migrate();
    }
    return migrated;
  }

  private synchronized void migrate() {
    if (migrated || clock.instant().isBefore(pausedUntil)) {
      return;
    }
    try {
      database.migrate();
      migrated = true;
    } catch (RuntimeException e) {
      pause("create its table", e);
    }
  }

  /** Steps aside after a failure; of several calls failing together, only the first warns. */
  private synchronized void pause(String action, Exception e) {
    Instant now = clock.instant();
    if (now.isBefore(pausedUntil)) {
      return;
    }
    pausedUntil = now.plus(PAUSE_AFTER_FAILURE);
    // The exception's message may quote a key or a URL: name only its type and SQL state.
    LOG.warnf(
        "the response cache could not %s (%s); calls go to the provider uncached for %d s",
        action, SqlFailure.describe(e), PAUSE_AFTER_FAILURE.toSeconds());
  }
}
