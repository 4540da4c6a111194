/**
 * The database that the workers of a deployment share (an H2 file per machine by default, or
 * PostgreSQL): its connections, its migrations, and how its failures are logged without the data
 * they may quote.
 */
package dev.gradus.activities.store;
