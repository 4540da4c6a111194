package dev.gradus.activities.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Worker configuration of the response cache ({@code GRADUS_CACHE_ENABLED}, {@code
 * GRADUS_CACHE_TTL}, {@code GRADUS_CACHE_DIR}). Which database it lives in is datasource
 * configuration: see the worker's {@code application.properties}.
 */
@ConfigMapping(prefix = "gradus.cache")
public interface CacheConfig {

  /** Off: every call goes to the provider, and the cache's database is never opened. */
  @WithDefault("true")
  boolean enabled();

  /** Entries older than this are neither served nor kept (purged at startup, replaced on store). */
  @WithDefault("30d")
  Duration ttl();

  /**
   * The folder of the H2 file that the workers of one machine share ({@code GRADUS_CACHE_DIR}),
   * read by the {@code local} datasource's URL; unused when the cache is in PostgreSQL.
   */
  @WithDefault("${user.home}/.gradus/cache")
  String dir();
}
