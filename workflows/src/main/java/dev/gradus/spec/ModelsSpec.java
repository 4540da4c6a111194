package dev.gradus.spec;

/**
 * The model under optimization ({@code target}) and the model that writes prompts ({@code
 * optimizer}).
 */
public record ModelsSpec(ModelSpec target, ModelSpec optimizer) {}
