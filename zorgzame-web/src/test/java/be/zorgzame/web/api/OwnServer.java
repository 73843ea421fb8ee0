package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro the test starts itself, with the shipped WAR and the same options as the run command,
 * for what Arquillian's one container cannot do: be killed, or run with its own environment (which
 * comes on top of the tests' environment). Its output goes to {@code <name>.log} in the work directory.
 */
public final class OwnServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private OwnServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server on a free port and waits until it is ready. */
    public static OwnServer start(Path work, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(work, name, environment, List.of());
    }

    /** The same, with options for the server's JVM ({@code -Dkey=value}). */
    public static OwnServer start(Path work, String name, Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(work, name, environment, jvmOptions, freePort(), List.of("--nohazelcast"));
    }

    /**
     * The same on a given HTTP port, with Payara Micro options of its own in place of {@code --nohazelcast}
     * (the data grid's, to form a cluster).
     */
    public static OwnServer start(Path work, String name, Map<String, String> environment, List<String> jvmOptions,
            int port, List<String> serverOptions) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getenv("MICRO_JAR")));
        command.addAll(serverOptions);
        command.addAll(List.of("--port", String.valueOf(port),
                "--prebootcommandfile", Path.of(System.getProperty("zorgzame.config.dir"),
                        "payara-micro", "pre-boot-commands.asadmin").toString(),
                "--deploy", System.getProperty("zorgzame.war"), "--contextroot", "zorgzame"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        OwnServer server = new OwnServer(builder.start(), port);
        try {
            server.awaitReady(log);
        } catch (AssertionError | IOException | InterruptedException | RuntimeException notReady) {
            server.kill();
            throw notReady;
        }
        return server;
    }

    public URL application() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/zorgzame/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server as a power cut would (SIGKILL) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills the server, if it still runs. */
    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** Asks the server to stop, as a service manager does (SIGTERM), without waiting. */
    public void terminate() {
        process.destroy();
    }

    /** Whether the server has ended within the time given. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Api health = Api.anonymous(URI.create("http://127.0.0.1:" + port + "/").toURL());
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), () -> "the server stopped while starting; see " + log);
            try {
                HttpResponse<String> ready = health.get("health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the HTTP listener opens only late in the start
            }
            Thread.sleep(500);
        }
        fail("not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
