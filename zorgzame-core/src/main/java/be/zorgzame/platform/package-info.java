/**
 * What every business component shares: security, the audit trail, error types, configuration,
 * schema migration and validation messages. Nothing here knows about a business component.
 */
package be.zorgzame.platform;
