/** Outgoing mail (reminders), through the SMTP server named in the configuration. */
package be.zorgzame.platform.mail;
