package dev.gradus.workflow;

import java.util.List;

/** The replies to a {@link CompletionRequest}, in sample order, and what they cost. */
public record Completion(List<String> texts, Usage usage) {}
