package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.e2e.HistoryPayloads;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.codec.EncryptionCodec;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets hygiene across the whole deployment, as users run it: a run started from the CLI on the
 * packaged worker and read back through the CLI and the packaged API, with a recognisable provider
 * key (which the fake provider insists on), API token and payload key in every process's
 * environment. None of the three may appear in the CLI's output, the worker's or the API's log, the
 * API's answers, either process's metrics, or the run's workflow history, raw or decrypted.
 */
class SecretsEndToEndTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void noSecretReachesOutputLogsMetricsAnswersOrHistory() throws Exception {
    String providerKey = "sk-gradus-e2e-" + UUID.randomUUID();
    String apiToken = "tok-gradus-e2e-" + UUID.randomUUID();
    byte[] aes = new byte[32];
    new SecureRandom().nextBytes(aes);
    String payloadKey = Base64.getEncoder().encodeToString(aes);
    String payloadKeys = "e2e=" + payloadKey;
    List<String> secrets = List.of(providerKey, apiToken, payloadKey);

    SimulatedResponder sim = new SimulatedResponder();
    List<Process> children = new ArrayList<>();
    Path workerLog = WorkerProcess.REPO.resolve("cli/target/secrets-worker.log");
    Path apiLog = WorkerProcess.REPO.resolve("cli/target/secrets-api.log");
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        FakeOpenAiServer llm = FakeOpenAiServer.start(sim::reply)) {
      llm.requireApiKey(providerKey);
      int workerPort = LoopbackPorts.freePort();
      int apiPort = LoopbackPorts.freePort();
      Map<String, String> shared = new HashMap<>();
      shared.put("OPENAI_BASE_URL", llm.baseUrl());
      shared.put("OPENAI_API_KEY", providerKey);
      shared.put("GRADUS_API_TOKEN", apiToken);
      shared.put("GRADUS_PAYLOAD_KEYS", payloadKeys);
      shared.put("GRADUS_CACHE_DIR", dir.resolve("shared").toString());
      Map<String, String> workerEnv = new HashMap<>(shared);
      workerEnv.put("GRADUS_WORKER_PORT", String.valueOf(workerPort));
      children.add(WorkerProcess.start(server.target(), "secrets-worker", workerEnv));
      children.add(ApiProcess.start(server.target(), apiPort, shared, apiLog));
      String api = "http://127.0.0.1:" + apiPort;

      // The CLI, with the same environment as the processes.
      Map<String, String> cliVariables = new HashMap<>(shared);
      cliVariables.put("TEMPORAL_ADDRESS", server.target());
      CliEnvironment cli =
          new CliEnvironment(cliVariables, Path.of("target").toAbsolutePath(), false);
      Path spec = dir.resolve("spec.yaml");
      Files.writeString(
          spec,
          """
          name: secrets-e2e
          task:
            dataset: { simulated: sentiment }
            split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
          seedPrompt: "Say the sentiment."
          models:
            target: { provider: openai, model: sim-target, temperature: 0 }
            optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
          strategy: { type: opro, proposals: 2 }
          budget: { generations: 2 }
          continueAsNewEvery: 1
          cache: false
          """);
      StringBuilder cliOutput = new StringBuilder();
      CliResult run =
          TemporalFixture.execute(cli, "run", spec.toString(), "--id", "secrets-e2e", "--json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("\"COMPLETED\"");
      cliOutput.append(run.out()).append(run.err());
      for (String[] verb :
          List.of(
              new String[] {"result", "secrets-e2e", "--candidates"},
              new String[] {"status", "secrets-e2e", "--json"},
              new String[] {"list", "--json"})) {
        CliResult shown = TemporalFixture.execute(cli, verb);
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        cliOutput.append(shown.out()).append(shown.err());
      }
      assertThat(llm.completionsServed())
          .as("every call carried the provider key, or the fake would have refused it")
          .isPositive();

      // The API's answers, with the token; the metrics of both processes.
      StringBuilder answers = new StringBuilder();
      for (String path :
          List.of(
              "/api/runs",
              "/api/runs/secrets-e2e",
              "/api/runs/secrets-e2e/candidates",
              "/api/runs/secrets-e2e/generations",
              "/api/schedules",
              "/api/datasets")) {
        HttpResponse<String> answer = get(api + path, apiToken);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        answers.append(answer.body());
      }
      assertThat(answers).contains("secrets-e2e").contains("Say the sentiment.");
      String metrics =
          get(api + "/q/metrics", null).body()
              + get("http://127.0.0.1:" + workerPort + "/q/metrics", null).body();
      assertThat(metrics).contains("gradus_llm_requests_total");

      // The history, as Temporal stores it, and decrypted.
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      StringBuilder history = new StringBuilder();
      try {
        var events = WorkflowClient.newInstance(stubs).fetchHistory("secrets-e2e").getHistory();
        history.append(events);
        List<Payload> payloads = HistoryPayloads.all(events);
        EncryptionCodec codec = PayloadEncryption.of(payloadKeys, null).codec().orElseThrow();
        codec.decode(payloads).forEach(p -> history.append(p.getData().toStringUtf8()));
      } finally {
        stubs.shutdownNow();
      }
      assertThat(history).contains("Say the sentiment.");

      WorkerProcess.stopAll(children);
      String logs = Files.readString(workerLog) + Files.readString(apiLog);
      assertThat(logs).contains("worker polling task queue").contains("gradus-api");

      for (String secret : secrets) {
        assertThat(cliOutput).as("the CLI's output").doesNotContain(secret);
        assertThat(answers).as("the API's answers").doesNotContain(secret);
        assertThat(metrics).as("the metrics").doesNotContain(secret);
        assertThat(history).as("the history").doesNotContain(secret);
        assertThat(logs).as("the logs").doesNotContain(secret);
      }
    } finally {
      WorkerProcess.stopAll(children);
    }
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
