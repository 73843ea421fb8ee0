/**
 * The web module: the REST API under {@code /api} ({@code api} and its sub-packages) and the Jakarta
 * Faces pages, whose backing beans live in packages mirroring the page folders.
 */
package be.zorgzame.web;
