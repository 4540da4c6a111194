package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.search.ScoreInterval;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluation.samples: 3} through the {@code openai} provider: a target that answers the same
 * prompt right twice and wrong once, in turn, so every example scores 2/3, and each sample is a
 * call of its own, served and paid, not a cache hit.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class SampledEvaluationRunTest {

  FakeOpenAiServer server;

  @TempDir Path dir;

  @Test
  void eachExampleScoresTheMeanOfItsSamplesAndEverySampleIsACall() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("{\"input\": \"item %d\", \"target\": \"yes\"}".formatted(i));
    }
    Path data = dir.resolve("items.jsonl");
    Files.write(data, lines);
    Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    AtomicInteger targetCalls = new AtomicInteger();
    server.reset();
    server.responder(
        (model, messages) -> {
          if (model.equals("optimizer")) {
            return "<INS>Answer yes or no.</INS>";
          }
          targetCalls.incrementAndGet();
          String prompt = messages.get(messages.size() - 1).content();
          int turn = asked.computeIfAbsent(prompt, p -> new AtomicInteger()).getAndIncrement();
          return turn % 3 == 2 ? "no" : "yes";
        });

    RunReport report =
        Runs.run(
            "e2e-samples",
            SpecReader.parse(
                """
                name: samples
                task:
                  dataset: { path: "%s" }
                  split: { train: 0.5, validation: 0.25, test: 0.25, seed: 1 }
                seedPrompt: "Answer."
                models:
                  target: { provider: openai, model: target, temperature: 1.0 }
                  optimizer: { provider: openai, model: optimizer }
                strategy: { type: opro, proposals: 1 }
                evaluation: { samples: 3 }
                budget: { generations: 1 }
                """
                    .formatted(data)));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.seed().validationInterval().method()).isEqualTo(ScoreInterval.BOOTSTRAP);
    // The proposal ties with the seed, which stays the best: seed and proposal on 5 validation
    // examples, and the seed alone on 5 test examples, 15 examples of 3 calls each.
    assertThat(report.best().id()).isEqualTo(report.seed().id());
    assertThat(targetCalls.get()).isEqualTo(3 * 15);
    assertThat(asked.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(3));
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
