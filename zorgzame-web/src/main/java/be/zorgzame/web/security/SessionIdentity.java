package be.zorgzame.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The logged-in caller kept in the HTTP session. Serializable so sessions can be replicated between
 * nodes.
 */
record SessionIdentity(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();
}
