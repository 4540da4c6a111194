/**
 * Provider rate limits that every worker of a deployment shares ({@code GRADUS_RATE_LIMITS}): a
 * rate and a concurrency per provider or model, kept in the workers' shared database.
 */
package dev.gradus.activities.ratelimit;
