package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.SearchState;
import java.util.List;

/**
 * Everything a run carries from one workflow execution to the next through continue-as-new. Every
 * list in it is bounded: the lineage is pruned to ancestors of the leaderboard and population, and
 * {@code seen} is capped.
 *
 * @param seen fingerprints of instructions already scored, so duplicates are never paid twice
 * @param nextCandidateId the number of the next candidate id
 * @param startedAtMillis workflow time when the run started, for the wall-time budget and the ETA
 * @param injected candidates a person injected that await evaluation in the next generation
 * @param humanEdits how many candidates people have injected, for their ids (h1, h2, ...)
 */
public record RunState(
    DatasetHandle dataset,
    Candidate seed,
    SearchState search,
    List<Candidate> lineage,
    List<String> seen,
    List<GenerationSummary> generations,
    Usage usage,
    long nextCandidateId,
    long startedAtMillis,
    boolean paused,
    List<Candidate> injected,
    int humanEdits) {

  public RunState {
    injected = injected == null ? List.of() : List.copyOf(injected);
  }

  RunState withUsage(Usage newUsage) {
    return new RunState(
        dataset,
        seed,
        search,
        lineage,
        seen,
        generations,
        newUsage,
        nextCandidateId,
        startedAtMillis,
        paused,
        injected,
        humanEdits);
  }

  /** This state as it continues as new: with the live pause flag and steering. */
  RunState carrying(boolean nowPaused, List<Candidate> nowInjected, int nowHumanEdits) {
    return new RunState(
        dataset,
        seed,
        search,
        lineage,
        seen,
        generations,
        usage,
        nextCandidateId,
        startedAtMillis,
        nowPaused,
        nowInjected,
        nowHumanEdits);
  }
}
