package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A whole optimization through the {@code openai} provider with a recognisable key, which the fake
 * server insists on: the key must reach the provider and appear nowhere else, not in the run's
 * workflow history (inputs, activity payloads, results, queries' answers), not in the worker's log
 * lines, not in its metrics. (The API's answers are checked by the API's NoProviderKeyTest.)
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class SecretsHygieneTest {

  FakeOpenAiServer server;

  @TestHTTPResource("/q/metrics")
  URI metrics;

  /** Every log line of the worker while the run goes on, formatted as the console would. */
  static final class Lines extends Handler {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      Object[] parameters = record.getParameters();
      lines.add(
          message
              + (parameters == null ? "" : " " + List.of(parameters))
              + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void theProviderKeyGoesToTheProviderOnly() throws Exception {
    String key = FakeOpenAiResource.API_KEY;
    server.reset();
    server.requireApiKey(key);
    server.responder(
        (model, messages) ->
            model.equals("optimizer")
                ? "<INS>Answer with one word: positive or negative.</INS>"
                : "positive");
    Lines log = new Lines();
    Logger root = Logger.getLogger("");
    root.addHandler(log);
    RunReport report;
    try {
      report =
          Runs.run(
              "e2e-secrets",
              SpecReader.parse(
                  """
                  name: secrets
                  task:
                    dataset: { simulated: sentiment }
                    split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
                    template: "{{instruction}} {{input}}"
                  seedPrompt: "Say the sentiment."
                  models:
                    target: { provider: openai, model: target }
                    optimizer: { provider: openai, model: optimizer }
                  strategy: { type: opro, proposals: 2 }
                  budget: { generations: 2 }
                  continueAsNewEvery: 1
                  cache: false
                  """));
    } finally {
      root.removeHandler(log);
    }

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.completionsServed())
        .as("every call carried the key, or the server would have refused it")
        .isPositive()
        .isEqualTo((int) report.usage().calls());
    String history = Runs.client().fetchHistory("e2e-secrets").getHistory().toString();
    assertThat(history).contains("Say the sentiment.").doesNotContain(key);
    // The run logs at least its continue-as-new, so the handler did see the worker's lines (a
    // provider logs its endpoint once per worker, when first used, perhaps by an earlier test).
    assertThat(log.lines)
        .anyMatch(line -> line.contains("continuing as new"))
        .noneMatch(line -> line.contains(key));
    HttpResponse<String> scraped =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).contains("gradus_llm_requests_total").doesNotContain(key);
  }
}
