package dev.gradus.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreComparison;
import java.util.List;

/**
 * The state of a run as users see it: the live answer of the {@code progress} query while it runs,
 * and the workflow's result when it ends (then with test scores).
 *
 * @param generation generations completed
 * @param lineage the best candidate's ancestors, oldest first, ending with the best itself
 * @param stopReason why the run stopped: generations, maxCalls, maxTokens, maxCostUsd, maxWallTime,
 *     converged (the strategy's own stopping rule), cancelled or error
 * @param etaSeconds estimated seconds to the last generation, from the pace so far; null when
 *     unknown
 * @param improvement the best candidate's test score minus the seed's, example by example, with a
 *     paired 95% interval and whether the gain is significant; null until the run has finished
 * @param leaderboard the run's best candidates so far, best first, each with its parents, the
 *     operation that made it and the note behind it; null in reports of older runs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(
    String runId,
    String name,
    RunStatus status,
    String strategy,
    int generation,
    int maxGenerations,
    ScoredPrompt best,
    ScoredPrompt seed,
    List<GenerationSummary> generations,
    Usage usage,
    List<Candidate> lineage,
    String stopReason,
    String error,
    Long elapsedSeconds,
    Long etaSeconds,
    ScoreComparison improvement,
    List<Candidate> leaderboard) {}
