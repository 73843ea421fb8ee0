/**
 * All REST error answers, in one place: RFC 9457 problem documents ({@code application/problem+json})
 * with a 4xx status naming the offending fields, and a bare 500 without internals for real faults.
 */
package be.zorgzame.web.api.problem;
