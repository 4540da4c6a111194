package dev.gradus.search;

/**
 * Promptbreeder's unit of evolution beside its task prompt: the mutation prompt that its next
 * first-order mutations use, which hyper-mutation rewrites, and the tournament loser whose place a
 * new unit takes.
 *
 * @param replaces the id of the population member this candidate replaces once scored, or null for
 *     a member of the initial population
 */
public record EvolutionUnit(String mutationPrompt, String replaces) {}
