/**
 * Municipalities and the caring-neighbourhood initiatives in them: the frame every other component
 * (partners, agreements, mandates, plan, checklist) hangs its records on.
 */
package be.zorgzame.neighbourhoods;
