/**
 * The rights of the people the module holds data about (GDPR): a contact person's access report, erasure
 * by anonymisation that keeps agreements, mandates and history coherent, and the log of who read whose
 * data. Depends on the partner registry, agreements and mandates; nothing depends on it but the web layer.
 */
package be.zorgzame.privacy;
