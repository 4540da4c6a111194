package dev.gradus.workflow;

import dev.gradus.search.ScoreInterval;

/**
 * One generation in a report.
 *
 * @param bestScore the best validation score known at the end of the generation (the run's best)
 * @param meanScore the mean validation score of the candidates proposed in this generation
 * @param calls provider calls made during this generation
 * @param bestInterval the 95% confidence interval of {@code bestScore}; null in runs recorded
 *     before intervals were kept
 */
public record GenerationSummary(
    int generation,
    double bestScore,
    double meanScore,
    int candidates,
    long calls,
    ScoreInterval bestInterval) {}
