/**
 * The module's nightly and daily jobs (mailing, purges, backup) run on one node of a cluster only: the
 * node that has {@code zorgzame.scheduled-jobs.enabled} on.
 */
package be.zorgzame.platform.scheduling;
