package be.zorgzame.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.OwnServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.io.IOException;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Login with the municipality's directory: an in-memory LDAP server (UnboundID) with users in groups,
 * reached over ldaps with a certificate the server trusts through {@code javax.net.ssl.trustStore}
 * (as it would trust the municipality's CA), and a Payara Micro started by the test with the shipped WAR and the {@code zorgzame.ldap.*} keys as
 * environment variables (Arquillian's container has the same environment for every test class, without
 * a directory). The built-in demo users log in next to the directory's.
 *
 * <p>The in-memory server runs without a schema, so entries name every object class they are (a
 * user filter on {@code objectClass=person} finds only entries that say so).
 *
 * <p>A directory user in no mapped group logs in but holds no role, so every role-protected operation
 * answers 403 (the password was right; there is nothing they may do), while a wrong password answers 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapLoginIT {

    private static final String BASE = "dc=gent,dc=be";
    private static final String PEOPLE = "ou=people," + BASE;
    private static final String GROUPS = "ou=groups," + BASE;
    private static final String SERVICE_DN = "cn=zorgzame-service," + BASE;
    private static final String SERVICE_PASSWORD = "service-geheim-2026";
    private static final String PASSWORD = "directory-geheim-2026";
    private static final String STORE_PASSWORD = "store-geheim-2026";
    /** A directory user new in every run, so their account is created in this run even in a shared database. */
    private static final String NEWCOMER = "nieuw." + UUID.randomUUID().toString().substring(0, 8);

    private final Path work = Path.of(System.getProperty("zorgzame.war")).resolveSibling("ldap-login");
    private InMemoryDirectoryServer directory;
    private OwnServer server;
    private URL base;

    @BeforeAll
    void startDirectoryAndServer() throws Exception {
        Path keyStore = work.resolve("directory-key.p12");
        Path trustStore = work.resolve("directory-trust.p12");
        certificates(keyStore, trustStore);
        directory = directory(keyStore, trustStore);
        String url = "ldaps://127.0.0.1:" + directory.getListenPort();
        server = OwnServer.start(work, "server", Map.ofEntries(
                Map.entry("ZORGZAME_DATASOURCE_URL", DirectoryFixtures.datasourceUrl("ldap")),
                Map.entry("ZORGZAME_LDAP_URL", url),
                Map.entry("ZORGZAME_LDAP_BIND_DN", SERVICE_DN),
                Map.entry("ZORGZAME_LDAP_BIND_PASSWORD", SERVICE_PASSWORD),
                Map.entry("ZORGZAME_LDAP_USER_BASE_DN", PEOPLE),
                Map.entry("ZORGZAME_LDAP_GROUP_BASE_DN", GROUPS),
                Map.entry("ZORGZAME_LDAP_ROLE_MUNICIPAL_STAFF", "cn=zorgzame-gemeente," + GROUPS),
                Map.entry("ZORGZAME_LDAP_ROLE_PARTNER_STAFF", "cn=zorgzame-partners," + GROUPS),
                Map.entry("ZORGZAME_LDAP_ROLE_ADMIN", "cn=zorgzame-beheer," + GROUPS),
                Map.entry("ZORGZAME_LDAP_ORGANISATION_ATTRIBUTE", "o"),
                Map.entry("ZORGZAME_LDAP_MUNICIPALITY_ATTRIBUTE", "departmentNumber")),
                List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStoreType=PKCS12",
                        "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD));
        base = server.application();
        DirectoryFixtures.registerRabotterKbo(base);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void aMunicipalDirectoryUserHasTheMappedRoleAndNoOther() {
        Api an = Api.as(base, "an.ldap", PASSWORD);

        assertEquals(200, an.get("api/neighbourhoods").statusCode());
        HttpResponse<String> created = an.post("api/neighbourhoods", "{\"name\":\"Directory " + UUID.randomUUID()
                + "\",\"municipalityNisCode\":\"44021\",\"status\":\"RUNNING\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(403, an.get("api/audit").statusCode(), "no ADMIN group");
    }

    @Test
    void theAccountOfADirectoryUserIsKeptAndAudited() {
        assertEquals(200, Api.as(base, NEWCOMER, PASSWORD).get("api/neighbourhoods").statusCode());
        Api beheer = Api.as(base, "beheer.ldap", PASSWORD);

        HttpResponse<String> trail = beheer.get("api/audit?size=200");
        assertEquals(200, trail.statusCode(), "the ADMIN group grants ADMIN");
        List<String> created = Api.array(trail).getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("entityType").equals("AppUser"))
                .filter(entry -> entry.getString("action").equals("CREATED"))
                .map(entry -> entry.getString("changes"))
                .filter(changes -> changes.contains(NEWCOMER))
                .toList();
        assertEquals(1, created.size(), created.toString());
        assertTrue(created.get(0).contains("44021") && created.get(0).contains("LDAP"), created.get(0));
    }

    @Test
    void aWrongOrEmptyPasswordIsRefused() {
        assertEquals(401, Api.as(base, "an.ldap", "not-the-password-2026").get("api/neighbourhoods").statusCode());
        assertEquals(401, Api.as(base, "an.ldap", "").get("api/neighbourhoods").statusCode(),
                "an empty password would be an anonymous bind");
        assertEquals(401, Api.as(base, "niemand.ldap", PASSWORD).get("api/neighbourhoods").statusCode());
    }

    @Test
    void aDirectoryUserInNoMappedGroupMayDoNothing() {
        Api outsider = Api.as(base, "zonder.groep", PASSWORD);

        assertEquals(403, outsider.get("api/neighbourhoods").statusCode());
        assertEquals(403, outsider.get("api/organisations").statusCode());
    }

    @Test
    void aPartnerDirectoryUserActsForTheOrganisationTheDirectoryNames() {
        Api pieter = Api.as(base, "pieter.ldap", PASSWORD);
        HttpResponse<String> other = Api.as(base, "gemeente").post("api/organisations",
                "{\"name\":\"Andere " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, other.statusCode(), other.body());

        JsonObject own = Api.object(pieter.get("api/organisations?size=100"));
        assertEquals(1, own.getInt("total"), own.toString());
        JsonObject rabotter = own.getJsonArray("items").getJsonObject(0);
        assertEquals("LDC De Rabotter", rabotter.getString("name"));
        HttpResponse<String> changed = pieter.put("api/organisations/" + rabotter.getJsonNumber("id"),
                DirectoryFixtures.rabotterBody("\"phone\":\"09 222 33 44\",\"version\":" + rabotter.getInt("version")));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(403, pieter.get("api/organisations/" + Api.object(other).getJsonNumber("id")).statusCode());
    }

    @Test
    void filterSyntaxInTheUserNameDoesNotLogIn() {
        for (String name : List.of("*", "*)(uid=*", "pieter.ldap)(|(uid=*", "*)(objectClass=*))(|(uid=*")) {
            assertEquals(401, Api.as(base, name, PASSWORD).get("api/neighbourhoods").statusCode(), name);
        }
    }

    @Test
    void builtInUsersLogInNextToTheDirectoryWhichCannotTakeOverTheirNames() {
        assertEquals(200, Api.as(base, "gemeente").get("api/neighbourhoods").statusCode());
        assertEquals(200, Api.as(base, "admin").get("api/audit").statusCode());
        assertEquals(401, Api.as(base, "admin", PASSWORD).get("api/audit").statusCode(),
                "the directory's \"admin\" is not the built-in administrator");
    }

    /**
     * A key pair for the directory, its certificate valid for 127.0.0.1, and a truststore holding that
     * certificate as the municipality's CA would be, made with the JDK's keytool.
     */
    private static void certificates(Path keyStore, Path trustStore) throws IOException, InterruptedException {
        Path certificate = keyStore.resolveSibling("directory.cer");
        for (Path file : List.of(keyStore, trustStore, certificate)) {
            Files.deleteIfExists(file);
        }
        Files.createDirectories(keyStore.getParent());
        keytool("-genkeypair", "-alias", "directory", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "directory", "-file", certificate.toString(),
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", "gemeente-ca", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
    }

    private static InMemoryDirectoryServer directory(Path keyStore, Path trustStore)
            throws LDAPException, LDIFException, GeneralSecurityException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        SSLUtil tls = new SSLUtil(
                new KeyStoreKeyManager(keyStore.toFile(), STORE_PASSWORD.toCharArray(), "PKCS12", "directory"),
                new TrustStoreTrustManager(trustStore.toFile(), STORE_PASSWORD.toCharArray(), "PKCS12", true));
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps",
                InetAddress.getLoopbackAddress(), 0, tls.createSSLServerSocketFactory(), tls.createSSLSocketFactory()));
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        config.setSchema(null);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: gent");
        server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        person(server, "an.ldap", "An Directory", "departmentNumber: 44021");
        person(server, NEWCOMER, "Nieuw Directory", "departmentNumber: 44021");
        person(server, "pieter.ldap", "Pieter Directory", "o: " + DirectoryFixtures.RABOTTER_KBO);
        person(server, "zonder.groep", "Zonder Groep", null);
        person(server, "beheer.ldap", "Beheer Directory", null);
        person(server, "admin", "Directory Admin", null);
        group(server, "zorgzame-gemeente", "an.ldap", NEWCOMER);
        group(server, "zorgzame-partners", "pieter.ldap");
        group(server, "zorgzame-beheer", "beheer.ldap", "admin");
        group(server, "andere-groep", "zonder.groep");
        server.startListening();
        return server;
    }

    private static void person(InMemoryDirectoryServer server, String uid, String name, String extra) throws LDAPException, LDIFException {
        List<String> lines = new ArrayList<>(List.of("dn: uid=" + uid + "," + PEOPLE,
                "objectClass: person", "objectClass: organizationalPerson", "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + name, "sn: " + name,
                "displayName: " + name + " (directory)", "userPassword: " + PASSWORD));
        if (extra != null) {
            lines.add(extra);
        }
        server.add(lines.toArray(String[]::new));
    }

    private static void group(InMemoryDirectoryServer server, String cn, String... members) throws LDAPException, LDIFException {
        List<String> lines = new ArrayList<>(List.of("dn: cn=" + cn + "," + GROUPS,
                "objectClass: groupOfNames", "cn: " + cn));
        for (String member : members) {
            lines.add("member: uid=" + member + "," + PEOPLE);
        }
        server.add(lines.toArray(String[]::new));
    }
}
