/**
 * Online backups of the embedded Derby database: on a schedule and on request, into a directory that
 * keeps the last few. PostgreSQL is backed up with its own tools (pg_dump), so there this does nothing.
 */
package be.zorgzame.platform.backup;
