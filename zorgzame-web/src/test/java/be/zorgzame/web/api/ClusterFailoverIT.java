package be.zorgzame.web.api;

import static be.zorgzame.web.api.SessionBrowser.REQUEST_TOKEN;
import static be.zorgzame.web.api.SessionBrowser.SCRIPT_NONCE;
import static be.zorgzame.web.api.SessionBrowser.VIEW_STATE;
import static be.zorgzame.web.api.SessionBrowser.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes on one machine form a cluster through Payara's data grid (Hazelcast: a fixed
 * TCP/IP member list on the loopback address, host-aware partitioning off so that each node keeps a
 * backup of the other's sessions) and share one fresh PostgreSQL database. A user logs in on node A
 * through the login page and opens an editor; A is killed (SIGKILL); the same browser, with the same
 * cookie, goes on on node B: still logged in, the editor's state (the view and its view scoped bean)
 * still there, its save and a write with the session's request token succeed. Before that, a change
 * made on one node is read at once on the other (no stale shared cache).
 *
 * <p>Embedded Derby belongs to one process, so this test needs {@code -Ppostgresql}; it makes its own
 * database next to the configured one and drops it afterwards.
 */
class ClusterFailoverIT {

    private static final String PATH = "api/neighbourhoods";
    private static final List<Integer> HTTP_PORTS = List.of(19080, 19081);
    private static final List<Integer> DATA_GRID_PORTS = List.of(19700, 19701);
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private static String maintenanceUrl;
    private static String database;
    private static OwnServer nodeA;
    private static OwnServer nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        String configured = System.getenv("ZORGZAME_DATASOURCE_URL");
        assumeTrue(configured != null && configured.startsWith("jdbc:postgresql:"),
                "ClusterFailoverIT needs PostgreSQL, which the two nodes share (embedded Derby belongs to one process): "
                        + "run it with -Ppostgresql -Dit.datasource.url=jdbc:postgresql://host:5432/database");
        String server = configured.substring(0, configured.lastIndexOf('/') + 1);
        maintenanceUrl = server + "postgres";
        database = "zorgzame_cluster_" + SUFFIX;
        execute("CREATE DATABASE " + database);
        Path work = Path.of(System.getProperty("zorgzame.war")).resolveSibling("cluster-failover");
        Map<String, String> environment = Map.of("ZORGZAME_DATASOURCE_URL", server + database);
        // one after the other: the first start migrates the schema and loads the demo data
        nodeA = node(work, environment, 0);
        nodeB = node(work, environment, 1);
    }

    @AfterAll
    static void stopNodesAndDropDatabase() throws Exception {
        for (OwnServer node : new OwnServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void aSessionGoesOnOnTheOtherNodeWhenItsNodeIsKilledAndBothReadWhatTheOtherWrote() throws Exception {
        URL a = nodeA.application();
        URL b = nodeB.application();
        JsonObject created = Api.object(created(Api.as(a, "gemeente").post(PATH, body("Clustertest " + SUFFIX, 0))));
        long id = created.getJsonNumber("id").longValue();
        int version = created.getInt("version");
        assertEquals(version, read(b, id).getInt("version"), "node B reads what node A created");
        assertEquals(200, Api.as(a, "gemeente").put(PATH + "/" + id, body("Gewijzigd op A " + SUFFIX, version)).statusCode());
        assertEquals("Gewijzigd op A " + SUFFIX, read(b, id).getString("name"), "node B reads A's change at once");
        assertEquals(200, Api.as(b, "gemeente").put(PATH + "/" + id, body("Gewijzigd op B " + SUFFIX, version + 1)).statusCode());
        assertEquals("Gewijzigd op B " + SUFFIX, read(a, id).getString("name"), "node A reads B's change at once");

        SessionBrowser browser = new SessionBrowser(a);
        assertEquals(302, browser.logIn("gemeente", Api.DEMO_PASSWORD).statusCode(), "logged in on node A");
        String token = find(REQUEST_TOKEN, browser.get("index.xhtml").body());
        HttpResponse<String> editor = browser.get("neighbourhoods/edit.xhtml?id=" + id);
        assertEquals(200, editor.statusCode());
        String session = browser.sessionCookie();

        nodeA.kill();
        browser.pointAt(b);

        HttpResponse<String> home = browser.get("index.xhtml");
        assertEquals(200, home.statusCode(), "still logged in on node B, not sent to the login page");
        assertEquals(session, browser.sessionCookie(), "the same session");
        HttpResponse<String> saved = browser.post("neighbourhoods/edit.xhtml?id=" + id,
                saveForm(editor.body(), "Bewaard op B " + SUFFIX), Map.of("Faces-Request", "partial/ajax"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("<redirect") && saved.body().contains("neighbourhoods/list.xhtml"),
                "the editor opened on node A saves on node B, with the version it read there: " + saved.body());
        JsonObject afterSave = read(b, id);
        assertEquals("Bewaard op B " + SUFFIX, afterSave.getString("name"));
        assertEquals(version + 3, afterSave.getInt("version"));

        HttpResponse<String> written = browser.api("PUT", PATH + "/" + id, token, body("Met token op B " + SUFFIX, version + 3));
        assertEquals(200, written.statusCode(), "the session's request token still admits a write: " + written.body());
        assertEquals("Met token op B " + SUFFIX, read(b, id).getString("name"));
        assertFalse(browser.get("index.xhtml").body().contains("login:password"), "and the session stays logged in");
    }

    /** The editor's form as PrimeFaces submits its save button by ajax, with the name changed. */
    private static Map<String, String> saveForm(String page, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "neighbourhood:save");
        form.put("jakarta.faces.partial.execute", "neighbourhood");
        form.put("jakarta.faces.partial.render", "neighbourhood messages");
        form.put("neighbourhood:save", "neighbourhood:save");
        form.put("neighbourhood", "neighbourhood");
        form.put("neighbourhood:name", name);
        form.put("neighbourhood:municipalityNisCode_input", "44021");
        form.put("neighbourhood:status_input", "RUNNING");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        form.put("primefaces.nonce", find(SCRIPT_NONCE, page));
        return form;
    }

    private static String body(String name, int version) {
        return "{\"name\":\"" + name + "\",\"municipalityNisCode\":\"44021\",\"status\":\"RUNNING\",\"version\":" + version + "}";
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject read(URL node, long id) {
        HttpResponse<String> response = Api.as(node, "gemeente").get(PATH + "/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }

    private static OwnServer node(Path work, Map<String, String> environment, int index)
            throws IOException, InterruptedException {
        String members = "tcpip:" + DATA_GRID_PORTS.stream().map(port -> "127.0.0.1:" + port)
                .reduce((first, second) -> first + "," + second).orElseThrow();
        return OwnServer.start(work, "node-" + index, environment, List.of(), HTTP_PORTS.get(index), List.of(
                "--clustermode", members, "--startport", String.valueOf(DATA_GRID_PORTS.get(index)),
                "--interfaces", "127.0.0.1", "--nohostaware",
                "--clustername", "zorgzame-it-" + SUFFIX, "--name", "node-" + index));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl,
                System.getenv("ZORGZAME_DATASOURCE_USER"), System.getenv("ZORGZAME_DATASOURCE_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
