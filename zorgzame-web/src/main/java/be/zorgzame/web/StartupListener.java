package be.zorgzame.web;

import be.zorgzame.platform.migration.SchemaMigration;
import be.zorgzame.web.health.ShutdownReadiness;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.health.Readiness;

/**
 * Migrates the schema when the web module starts, and turns readiness DOWN when the JVM is told to stop.
 * A servlet listener, not a CDI start-up observer: here the application's {@code java:app} names (the
 * datasource) are resolvable on every server.
 *
 * <p>The stop is noticed through a JVM shutdown hook, which runs at SIGTERM alongside the server's own;
 * the module being undeployed (on a server that keeps running) turns readiness DOWN as well.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    SchemaMigration schemaMigration;

    @Inject
    @Readiness
    ShutdownReadiness shutdownReadiness;

    private Thread shutdownHook;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        shutdownHook = new Thread(shutdownReadiness::stop, "zorgzame-shutdown-readiness");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        schemaMigration.migrate();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        shutdownReadiness.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook has run or is running: nothing to remove
        }
    }
}
