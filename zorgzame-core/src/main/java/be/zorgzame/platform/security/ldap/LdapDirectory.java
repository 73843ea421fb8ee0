package be.zorgzame.platform.security.ldap;

import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.DirectoryUser;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;

/**
 * The municipality's directory, talked to with the JDK's own LDAP client (JNDI), so the WAR needs no
 * LDAP library. A login searches the user as the service account, checks the password by binding as
 * the user found, and reads the user's groups. ldaps:// uses the JVM's default TLS settings (the
 * truststore {@code javax.net.ssl.trustStore} names) and checks the directory's host name.
 */
class LdapDirectory {

    private static final String CONNECT_TIMEOUT_MILLIS = "5000";
    private static final String READ_TIMEOUT_MILLIS = "10000";
    private static final String MEMBER_OF = "memberOf";

    private final LdapSettings settings;

    LdapDirectory(LdapSettings settings) {
        this.settings = settings;
    }

    /**
     * The user with this name and password; empty when the directory knows no such user (or knows it
     * twice) or the password is wrong.
     *
     * @throws NamingException when the directory cannot be reached or searched
     */
    Optional<DirectoryUser> authenticate(String name, char[] password) throws NamingException {
        if (password.length == 0) {
            return Optional.empty(); // an empty password would be an anonymous bind, which always succeeds
        }
        DirContext service = connect(settings.bindDn(), settings.bindPassword() == null
                ? null : settings.bindPassword().toCharArray());
        try {
            Optional<SearchResult> found = findUser(service, name);
            if (found.isEmpty() || !passwordFits(found.get().getNameInNamespace(), password)) {
                return Optional.empty();
            }
            SearchResult entry = found.get();
            Attributes attributes = entry.getAttributes();
            List<LdapName> groups = groupsOf(service, entry.getNameInNamespace(), attributes);
            Optional<String> displayName = first(attributes, settings.displayNameAttribute());
            return Optional.of(new DirectoryUser(AppUser.LDAP, name.toLowerCase(Locale.ROOT),
                    displayName.isPresent() ? displayName.get() : first(attributes, "cn").orElse(name),
                    settings.rolesOf(groups),
                    first(attributes, settings.organisationAttribute()).orElse(null),
                    first(attributes, settings.municipalityAttribute()).orElse(null)));
        } finally {
            service.close();
        }
    }

    private Optional<SearchResult> findUser(DirContext service, String name) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setReturningAttributes(Stream.of(settings.displayNameAttribute(), "cn", MEMBER_OF,
                        settings.organisationAttribute(), settings.municipalityAttribute())
                .filter(attribute -> attribute != null).toArray(String[]::new));
        List<SearchResult> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = service.search(settings.userBaseDn(),
                LdapFilter.fill(settings.userFilter(), name), controls);
        try {
            while (found.size() < 2 && results.hasMore()) {
                found.add(results.next());
            }
        } catch (SizeLimitExceededException moreThanOne) {
            return Optional.empty();
        } finally {
            results.close();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean passwordFits(String userDn, char[] password) throws NamingException {
        try {
            connect(userDn, password).close();
            return true;
        } catch (AuthenticationException wrongPassword) {
            return false;
        }
    }

    /** The groups under the group base whose members include the user, or else the user's memberOf. */
    private List<LdapName> groupsOf(DirContext service, String userDn, Attributes attributes) throws NamingException {
        List<LdapName> groups = new ArrayList<>();
        if (settings.groupBaseDn() == null) {
            Attribute memberOf = attributes.get(MEMBER_OF);
            if (memberOf != null) {
                NamingEnumeration<?> values = memberOf.getAll();
                while (values.hasMore()) {
                    groups.add(new LdapName(values.next().toString()));
                }
            }
            return groups;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[0]);
        NamingEnumeration<SearchResult> results = service.search(settings.groupBaseDn(),
                LdapFilter.fill(settings.groupFilter(), userDn), controls);
        try {
            while (results.hasMore()) {
                groups.add(new LdapName(results.next().getNameInNamespace()));
            }
        } finally {
            results.close();
        }
        return groups;
    }

    private DirContext connect(String principal, char[] password) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", CONNECT_TIMEOUT_MILLIS);
        environment.put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MILLIS);
        if (principal == null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, password);
        }
        return new InitialDirContext(environment);
    }

    private static Optional<String> first(Attributes attributes, String name) throws NamingException {
        if (name == null || attributes.get(name) == null) {
            return Optional.empty();
        }
        Object value = attributes.get(name).get();
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }
}
