/**
 * The response cache: every provider answer, keyed by a hash of the request, in a database that all
 * workers share (an H2 file per machine by default, or PostgreSQL), so that a retried activity and
 * a repeated run do not pay again for calls that were already made.
 */
package dev.gradus.activities.cache;
