package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.Lineage;
import dev.gradus.search.Ranking;
import dev.gradus.search.ScoreComparison;
import dev.gradus.spec.RunSpec;

/** Builds the report users see from a run's state; pure, so queries can call it at any time. */
final class ReportBuilder {

  private ReportBuilder() {}

  static RunReport build(
      String runId,
      RunSpec spec,
      RunState state,
      RunStatus status,
      String stopReason,
      String error,
      long nowMillis,
      ScoredPrompt bestTest,
      ScoredPrompt seedTest,
      ScoreComparison improvement) {
    if (state == null) {
      return new RunReport(
          runId,
          spec == null ? null : spec.name(),
          status,
          strategy(spec),
          0,
          spec == null ? 0 : spec.budget().generations(),
          null,
          null,
          java.util.List.of(),
          Usage.NONE,
          java.util.List.of(),
          stopReason,
          error,
          0L,
          null,
          null,
          null);
    }
    Candidate best = best(state);
    int done = state.generations().size();
    long elapsedMillis = nowMillis - state.startedAtMillis();
    int max = spec.budget().generations();
    Long eta =
        done == 0 || status != RunStatus.RUNNING
            ? null
            : elapsedMillis * (max - done) / done / 1000;
    return new RunReport(
        runId,
        spec.name(),
        status,
        strategy(spec),
        done,
        max,
        bestTest != null ? bestTest : scored(best),
        seedTest != null ? seedTest : scored(state.seed()),
        state.generations(),
        state.usage(),
        Lineage.of(best.id(), state.lineage()),
        stopReason,
        error,
        elapsedMillis / 1000,
        eta,
        improvement,
        state.search().leaderboard());
  }

  /** The best scored candidate of the run; the seed until something beats it. */
  static Candidate best(RunState state) {
    var top = Ranking.top(1, state.search().leaderboard(), java.util.List.of(state.seed()));
    return top.isEmpty() ? state.seed() : top.get(0);
  }

  static ScoredPrompt scored(Candidate c) {
    return new ScoredPrompt(
        c.id(),
        c.instruction(),
        c.demos(),
        c.score(),
        c.evaluated(),
        null,
        null,
        c.interval(),
        null);
  }

  static ScoredPrompt withTest(Candidate c, Candidate tested) {
    return new ScoredPrompt(
        c.id(),
        c.instruction(),
        c.demos(),
        c.score(),
        c.evaluated(),
        tested.score(),
        tested.evaluated(),
        c.interval(),
        tested.interval(),
        tested.results());
  }

  private static String strategy(RunSpec spec) {
    return spec == null || spec.strategy() == null ? null : spec.strategy().type();
  }
}
