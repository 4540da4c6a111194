package dev.gradus.activities.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.TestDatabases;
import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreInterval;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.RunRecord;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The results store on H2; {@code PostgresSharedDatabaseTest} runs the same tests on PostgreSQL
 * through {@link #freshDatabase()}.
 */
public class ResultsStoreTest {

  static final RunSpec SPEC =
      SpecReader.parse(
          """
          name: stored
          task: { dataset: { simulated: sentiment }, template: "{{instruction}} {{input}}" }
          seedPrompt: "Classify."
          models: { target: { provider: sim }, optimizer: { provider: sim } }
          strategy: { type: opro }
          """);

  private SharedDatabase database;
  private ResultsStore store;

  protected Supplier<SharedDatabase> freshDatabase() {
    return TestDatabases::inMemory;
  }

  @BeforeEach
  void setUp() {
    database = freshDatabase().get();
    database.migrate();
    store = new ResultsStore(database.dataSource());
  }

  @Test
  void aRecordedRunReadsBackWhole() throws SQLException {
    RunReport report = report("r1", RunStatus.RUNNING, 2);
    store.write(new RunRecord(report, SPEC, 1_000, 5_000));

    RunSummary summary = store.summary("r1").orElseThrow();
    assertThat(summary)
        .isEqualTo(
            new RunSummary(
                "r1",
                "stored",
                RunStatus.RUNNING,
                "opro",
                2,
                10,
                0.75,
                null,
                0.25,
                null,
                120,
                0.5,
                1_000,
                5_000));
    assertThat(store.report("r1")).contains(report);
    assertThat(store.spec("r1")).contains(SPEC);
    assertThat(store.generations("r1")).isEqualTo(report.generations());
    assertThat(store.candidates("r1"))
        .extracting(Candidate::id)
        .containsExactly("c2", "c1", "c0", "h1");
    assertThat(store.candidates("r1").get(0)).isEqualTo(report.leaderboard().get(0));
  }

  @Test
  void theSameRecordTwiceStoresItOnce() throws SQLException {
    RunRecord record = new RunRecord(report("r1", RunStatus.RUNNING, 2), SPEC, 1_000, 5_000);
    store.write(record);
    store.write(record);

    assertThat(store.list(RunFilter.ALL, 0, 10).total()).isEqualTo(1);
    assertThat(count("run_generations")).isEqualTo(2);
    assertThat(count("run_candidates")).isEqualTo(4);
  }

  @Test
  void laterRecordsAddGenerationsAndKeepTheSpec() throws SQLException {
    store.write(new RunRecord(report("r1", RunStatus.RUNNING, 2), SPEC, 1_000, 5_000));
    RunReport done = report("r1", RunStatus.COMPLETED, 4);
    store.write(new RunRecord(done, null, 1_000, 9_000));

    assertThat(store.summary("r1").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(store.generations("r1")).isEqualTo(done.generations());
    assertThat(store.spec("r1")).contains(SPEC);
    assertThat(store.report("r1")).contains(done);
  }

  @Test
  void aRecordOlderThanTheStoredOneChangesNothing() throws SQLException {
    RunReport done = report("r1", RunStatus.COMPLETED, 4);
    store.write(new RunRecord(done, SPEC, 1_000, 9_000));
    // A retried write of generation 1 that the final record overtook.
    store.write(new RunRecord(report("r1", RunStatus.RUNNING, 1), null, 1_000, 5_000));

    assertThat(store.summary("r1").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(store.report("r1")).contains(done);
    assertThat(store.generations("r1")).hasSize(4);
  }

  @Test
  void runsListNewestFirstAPageAtATimeAndFilterByStatus() throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RunStatus status = i % 2 == 0 ? RunStatus.COMPLETED : RunStatus.RUNNING;
      store.write(new RunRecord(report("run-" + i, status, 1), SPEC, 1_000L * i, 10_000));
      ids.add(0, "run-" + i);
    }

    RunPage first = store.list(RunFilter.ALL, 0, 2);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.runs()).extracting(RunSummary::runId).containsExactly("run-4", "run-3");
    List<String> all = new ArrayList<>();
    for (int offset = 0; offset < 5; offset += 2) {
      store.list(RunFilter.ALL, offset, 2).runs().forEach(r -> all.add(r.runId()));
    }
    assertThat(all).isEqualTo(ids);

    RunPage completed = store.list(new RunFilter(RunStatus.COMPLETED, null, null), 0, 10);
    assertThat(completed.total()).isEqualTo(3);
    assertThat(completed.runs())
        .extracting(RunSummary::runId)
        .containsExactly("run-4", "run-2", "run-0");
    assertThat(store.list(new RunFilter(RunStatus.PAUSED, null, null), 0, 10).runs()).isEmpty();
  }

  @Test
  void runsFilterByTextInTheirNameOrIdAndByStrategyTakingWildcardsLiterally() throws SQLException {
    store.write(new RunRecord(report("nightly-sentiment-1", RunStatus.RUNNING, 1), SPEC, 1, 1));
    store.write(new RunRecord(report("adhoc_2", RunStatus.RUNNING, 1), SPEC, 2, 1));
    store.write(new RunRecord(report("adhoc-3", RunStatus.COMPLETED, 1), SPEC, 3, 1));

    assertThat(store.list(new RunFilter(null, "SENTIMENT", null), 0, 10).runs())
        .extracting(RunSummary::runId)
        .containsExactly("nightly-sentiment-1");
    assertThat(store.list(new RunFilter(null, "stored", null), 0, 10).total())
        .as("every report here is named stored")
        .isEqualTo(3);
    assertThat(store.list(new RunFilter(null, "_", null), 0, 10).runs())
        .extracting(RunSummary::runId)
        .containsExactly("adhoc_2");
    assertThat(store.list(new RunFilter(null, "%", null), 0, 10).runs()).isEmpty();
    assertThat(store.list(new RunFilter(RunStatus.RUNNING, "adhoc", "opro"), 0, 10).runs())
        .extracting(RunSummary::runId)
        .containsExactly("adhoc_2");
    assertThat(store.list(new RunFilter(null, null, "ape"), 0, 10).total()).isZero();
  }

  @Test
  void anUnknownRunIsAbsent() throws SQLException {
    assertThat(store.summary("nobody")).isEmpty();
    assertThat(store.report("nobody")).isEmpty();
    assertThat(store.generations("nobody")).isEmpty();
    assertThat(store.candidates("nobody")).isEmpty();
  }

  private long count(String table) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A report after {@code generations} generations: best c2, its lineage c0, c1, c2. */
  static RunReport report(String runId, RunStatus status, int generations) {
    ScoreInterval band = new ScoreInterval(0.6, 0.85, ScoreInterval.WILSON);
    Candidate seed = scored(Candidate.proposed("c0", "Classify.", null, "seed", null, 0), 0.25);
    Candidate parent =
        scored(Candidate.proposed("c1", "Classify it.", List.of("c0"), "opro", "meta", 1), 0.5);
    Candidate best =
        scored(
            Candidate.proposed("c2", "Classify its sentiment.", List.of("c1"), "opro", null, 2),
            0.75);
    Candidate human = Candidate.proposed("h1", "Say positive or negative.", null, "human", null, 3);
    boolean done = status == RunStatus.COMPLETED;
    return new RunReport(
        runId,
        "stored",
        status,
        "opro",
        generations,
        10,
        new ScoredPrompt(
            "c2",
            best.instruction(),
            List.of(),
            0.75,
            20,
            done ? 0.7 : null,
            done ? 20 : null,
            band,
            null),
        new ScoredPrompt("c0", seed.instruction(), List.of(), 0.25, 20, null, null, band, null),
        IntStream.rangeClosed(1, generations)
            .mapToObj(g -> new GenerationSummary(g, 0.5 + g * 0.05, 0.4, 8, 60, band))
            .toList(),
        new Usage(120, 3, 1000, 200, 0.5),
        List.of(seed, parent, best),
        done ? "generations" : null,
        null,
        30L,
        null,
        null,
        List.of(best, parent, human));
  }

  private static Candidate scored(Candidate c, double score) {
    return c.withScore(score, 20, new ScoreInterval(score - 0.1, score + 0.1, "wilson"), "++..");
  }
}
