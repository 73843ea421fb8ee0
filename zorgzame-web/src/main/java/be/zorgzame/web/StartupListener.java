package be.zorgzame.web;

import be.zorgzame.platform.migration.SchemaMigration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Migrates the schema when the web module starts. A servlet listener, not a CDI start-up observer:
 * here the application's {@code java:app} names (the datasource) are resolvable on every server.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    SchemaMigration schemaMigration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        schemaMigration.migrate();
    }
}
