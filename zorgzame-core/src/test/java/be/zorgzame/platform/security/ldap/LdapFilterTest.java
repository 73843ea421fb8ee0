package be.zorgzame.platform.security.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LdapFilterTest {

    @Test
    void plainNamesStayAsTheyAre() {
        assertEquals("(&(objectClass=person)(uid=jan.peeters))",
                LdapFilter.fill("(&(objectClass=person)(uid=%s))", "jan.peeters"));
    }

    @Test
    void filterSyntaxInANameIsEscapedSoItCannotWidenTheSearch() {
        assertEquals("(uid=\\2a\\29\\28uid=\\2a)", LdapFilter.fill("(uid=%s)", "*)(uid=*"));
        assertEquals("(uid=a\\5c\\00b)", LdapFilter.fill("(uid=%s)", "a\\\u0000b"));
    }

    @Test
    void nonAsciiIsEscapedAsUtf8Bytes() {
        assertEquals("(cn=Ren\\c3\\a9)", LdapFilter.fill("(cn=%s)", "René"));
    }

    @Test
    void everyPlaceholderIsFilled() {
        assertEquals("(|(member=cn=a\\2a,dc=x)(uniqueMember=cn=a\\2a,dc=x))",
                LdapFilter.fill("(|(member=%s)(uniqueMember=%s))", "cn=a*,dc=x"));
    }
}
