package dev.gradus.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The score of one answer.
 *
 * @param index the example's index within its split
 * @param output the model's answer, truncated, kept only for imperfect scores (it feeds critiques)
 * @param feedback why the answer lost points, in words, or null for a perfect score
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExampleResult(int index, double score, String output, String feedback) {}
