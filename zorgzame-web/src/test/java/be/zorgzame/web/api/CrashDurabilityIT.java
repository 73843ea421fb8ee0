package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL) while four clients write, then started again on the same database:
 * every write the server acknowledged is there, and every neighbourhood that is there has its audit
 * entry, so no transaction survived half-written.
 *
 * <p>Arquillian cannot kill the container it manages, so this test starts its {@link OwnServer}. On
 * embedded Derby it uses a database on disk (the in-memory one of the other tests would not survive any restart); with {@code -Ppostgresql} the
 * given PostgreSQL database.
 */
class CrashDurabilityIT {

    private static final String PATH = "api/neighbourhoods";
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private final Path work = Path.of(System.getProperty("zorgzame.war")).resolveSibling("crash-durability");
    private final String marker = "Crashtest " + UUID.randomUUID().toString().substring(0, 8);
    private OwnServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        String datasourceUrl = datasourceUrl();
        server = start(datasourceUrl, 1);
        Map<Long, String> acknowledged = writeUntilKilled(server.application());
        server = start(datasourceUrl, 2);
        URL base = server.application();

        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "writes acknowledged: " + acknowledged.size());
        Api staff = Api.as(base, "gemeente");
        acknowledged.forEach((id, name) -> {
            HttpResponse<String> read = staff.get(PATH + "/" + id);
            assertEquals(200, read.statusCode(), "acknowledged neighbourhood " + id + " after the restart");
            assertEquals(name, Api.object(read).getString("name"));
        });
        List<Long> stored = storedIds(staff);
        assertTrue(stored.containsAll(acknowledged.keySet()), "every acknowledged write is listed");
        Api admin = Api.as(base, "admin");
        for (long id : stored) {
            JsonArray trail = Api.array(admin.get("api/audit?entityType=Neighbourhood&entityId=" + id));
            assertEquals(1, trail.size(), "audit entries of stored neighbourhood " + id);
            assertEquals("CREATED", trail.getJsonObject(0).getString("action"));
        }
    }

    /** Writes from several clients until enough are acknowledged, then kills the server in mid-stream. */
    private Map<Long, String> writeUntilKilled(URL base) throws InterruptedException {
        Queue<Map.Entry<Long, String>> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                Api staff = Api.as(base, "gemeente");
                for (int n = 0; !killed.get(); n++) {
                    String name = marker + " " + writer + "-" + n;
                    try {
                        HttpResponse<String> created = staff.post(PATH,
                                "{\"name\":\"" + name + "\",\"municipalityNisCode\":\"44021\",\"status\":\"RUNNING\"}");
                        if (created.statusCode() == 201) {
                            acknowledged.add(Map.entry(Api.object(created).getJsonNumber("id").longValue(), name));
                        }
                    } catch (UncheckedIOException e) {
                        return;
                    }
                }
            });
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        server.kill();
        killed.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES), "writers stop once the server is gone");
        Map<Long, String> byId = new HashMap<>();
        acknowledged.forEach(entry -> byId.put(entry.getKey(), entry.getValue()));
        return byId;
    }

    private List<Long> storedIds(Api staff) {
        List<Long> ids = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            JsonObject page = Api.object(staff.get(PATH + "?municipality=44021&q=" + marker.replace(" ", "%20")
                    + "&first=" + first + "&size=100"));
            JsonArray items = page.getJsonArray("items");
            items.getValuesAs(JsonObject.class).forEach(item -> ids.add(item.getJsonNumber("id").longValue()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private OwnServer start(String datasourceUrl, int run) throws IOException, InterruptedException {
        return OwnServer.start(work, "server-" + run, Map.of("ZORGZAME_DATASOURCE_URL", datasourceUrl));
    }

    /** Derby on disk in place of the in-memory database; any other database as given. */
    private String datasourceUrl() {
        String configured = System.getenv("ZORGZAME_DATASOURCE_URL");
        if (configured != null && !configured.startsWith("jdbc:derby:memory:")) {
            return configured;
        }
        return "jdbc:derby:" + work.resolve("derby-" + marker.substring(marker.indexOf(' ') + 1)) + ";create=true";
    }
}
