package dev.gradus.worker.anthropic;

import dev.gradus.worker.fake.FakeAnthropicServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a {@link FakeAnthropicServer} for a {@code @QuarkusTest}, points the {@code anthropic}
 * provider at it with a dummy key and a short timeout, and injects the server into fields of type
 * {@link FakeAnthropicServer}.
 */
public class FakeAnthropicResource implements QuarkusTestResourceLifecycleManager {

  /** A dummy key, shaped like a real one so that leaks of it are easy to search for. */
  public static final String API_KEY = "sk-ant-gradus-test-7d1e5b93c04a28f6";

  /** Short, so that the hang test is quick, and long enough for a loaded CI machine. */
  public static final String TIMEOUT = "1500ms";

  private FakeAnthropicServer server;

  @Override
  public Map<String, String> start() {
    server = FakeAnthropicServer.start();
    return Map.of(
        "gradus.anthropic.base-url",
        server.baseUrl(),
        "gradus.anthropic.api-key",
        API_KEY,
        "gradus.anthropic.timeout",
        TIMEOUT,
        "gradus.anthropic.connect-timeout",
        "1s");
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(server, new TestInjector.MatchesType(FakeAnthropicServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
