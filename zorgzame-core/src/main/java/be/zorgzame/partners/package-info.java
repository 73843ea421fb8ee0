/**
 * The partner registry: the organisations taking part in caring neighbourhoods, formal and informal,
 * inside and outside care and welfare. Municipal staff keep it; partner staff keep their own entry.
 */
package be.zorgzame.partners;
