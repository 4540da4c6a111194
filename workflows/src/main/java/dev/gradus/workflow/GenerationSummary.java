package dev.gradus.workflow;

/**
 * One generation in a report.
 *
 * @param bestScore the best validation score known at the end of the generation (the run's best)
 * @param meanScore the mean validation score of the candidates proposed in this generation
 * @param calls provider calls made during this generation
 */
public record GenerationSummary(
    int generation, double bestScore, double meanScore, int candidates, long calls) {}
