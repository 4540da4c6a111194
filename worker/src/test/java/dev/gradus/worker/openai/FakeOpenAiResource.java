package dev.gradus.worker.openai;

import dev.gradus.worker.fake.FakeOpenAiServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a {@link FakeOpenAiServer} for a {@code @QuarkusTest}, points the {@code openai} provider
 * at it with a dummy key and a short timeout, and injects the server into fields of type {@link
 * FakeOpenAiServer}.
 */
public class FakeOpenAiResource implements QuarkusTestResourceLifecycleManager {

  /** A dummy key, shaped like a real one so that leaks of it are easy to search for. */
  public static final String API_KEY = "sk-gradus-test-4f9c2a7e1b3d5f60";

  /** Short, so that the hang test is quick, and long enough for a loaded CI machine. */
  public static final String TIMEOUT = "1500ms";

  private FakeOpenAiServer server;

  @Override
  public Map<String, String> start() {
    server = FakeOpenAiServer.start();
    return Map.of(
        "gradus.openai.base-url",
        server.baseUrl(),
        "gradus.openai.api-key",
        API_KEY,
        "gradus.openai.timeout",
        TIMEOUT,
        "gradus.openai.connect-timeout",
        "1s");
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(server, new TestInjector.MatchesType(FakeOpenAiServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
