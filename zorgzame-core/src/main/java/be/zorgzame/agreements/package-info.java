/**
 * Organisation-structure agreements between the partners of a caring neighbourhood: who takes which
 * role, who decides what, who does which task and contributes what, how coordination is organised;
 * signed by every party, versioned, and amended without leaving a gap in what is in force.
 */
package be.zorgzame.agreements;
