package dev.gradus.worker.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** For tests that repeat a run and need every call of the repeat to reach the provider. */
public class WithoutResponseCache implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("gradus.cache.enabled", "false");
  }
}
