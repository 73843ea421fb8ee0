package be.zorgzame.platform.security.ldap;

import java.nio.charset.StandardCharsets;

/**
 * Puts a value a user typed (or a DN) into a configured search filter, escaped as RFC 4515 demands,
 * so that a user name such as {@code *)(uid=*} is searched for literally and cannot widen the search.
 */
final class LdapFilter {

    private LdapFilter() {
    }

    /** The template with every {@code %s} replaced by the escaped value. */
    static String fill(String template, String value) {
        return template.replace("%s", escape(value));
    }

    /** RFC 4515 section 3: {@code * ( ) \ NUL} and every non-ASCII or control byte as {@code \xx}. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '*' || c == '(' || c == ')' || c == '\\' || c < 0x20 || c >= 0x7f) {
                escaped.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                escaped.append((char) c);
            }
        }
        return escaped.toString();
    }
}
