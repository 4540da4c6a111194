package dev.gradus.worker.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that repeat a run against a server that hangs: every call of the repeat reaches the
 * provider, and a hung call is abandoned after {@link #TIMEOUT} instead of the default minute.
 */
public class ShortTimeoutWithoutResponseCache implements QuarkusTestProfile {

  /** The {@code openai} provider's per-call timeout. */
  static final String TIMEOUT = "2s";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("gradus.cache.enabled", "false", "gradus.openai.timeout", TIMEOUT);
  }
}
