package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Told to stop (SIGTERM, as a service manager or a rolling upgrade does), the server answers
 * {@code /health/ready} with DOWN, naming the module's {@code shutdown} check, before it closes its
 * listener, and then ends. Payara Micro takes the module down within about a second of SIGTERM and
 * cuts off requests still running then; see README, Running several nodes.
 */
class ShutdownReadinessIT {

    @Test
    void readinessIsDownOnceTheServerIsToldToStop() throws Exception {
        try (OwnServer server = OwnServer.start(Path.of(System.getProperty("zorgzame.war")).resolveSibling("shutdown-readiness"),
                "server", Map.of())) {
            Api health = Api.anonymous(URI.create(server.application().toString().replace("zorgzame/", "")).toURL());
            assertTrue(health.get("health/ready").body().contains("{\"name\":\"shutdown\",\"status\":\"UP\""));

            server.terminate();

            assertTrue(sawShutdownDown(health), "readiness DOWN with the shutdown check while the server stops");
            assertTrue(server.awaitExit(Duration.ofMinutes(1)), "the server ends");
        }
    }

    /** Polls readiness until the listener closes: whether an answer was 503 with the shutdown check DOWN. */
    private static boolean sawShutdownDown(Api health) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = health.get("health/ready");
                if (ready.body().contains("{\"name\":\"shutdown\",\"status\":\"DOWN\"")) {
                    assertEquals(503, ready.statusCode());
                    return true;
                }
            } catch (UncheckedIOException listenerClosed) {
                return false;
            }
        }
        return false;
    }
}
