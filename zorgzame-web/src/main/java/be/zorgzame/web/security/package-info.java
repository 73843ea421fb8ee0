/**
 * How callers are authenticated (a login page for people, HTTP Basic for API clients) and the HTTP
 * protections every response gets.
 */
package be.zorgzame.web.security;
