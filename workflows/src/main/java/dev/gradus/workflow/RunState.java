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
    boolean paused) {}
