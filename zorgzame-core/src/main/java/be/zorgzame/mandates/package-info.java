/**
 * Mandates of the coordinator (the linchpin, spilfiguur) and the workers of a caring neighbourhood:
 * who holds one and for which neighbourhoods, who granted it, with which degrees of freedom, how much
 * time in the neighbourhood and which feedback to the home organisation; renewed as new editions; and
 * the continuity warnings (no linchpin, everything on one person, expiry, overdue feedback).
 */
package be.zorgzame.mandates;
