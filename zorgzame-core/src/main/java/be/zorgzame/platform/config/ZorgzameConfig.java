package be.zorgzame.platform.config;

/**
 * Every MicroProfile Config key the module reads, in one place. Each can be set as a system property,
 * an environment variable (upper case, dots as underscores: {@code ZORGZAME_DEMO_ENABLED}) or in a
 * server's config store. Defaults are in {@code META-INF/microprofile-config.properties} of the WAR.
 */
public final class ZorgzameConfig {

    /**
     * JNDI name of the datasource. web.xml defines it from {@code zorgzame.datasource.url},
     * {@code .user} and {@code .password}, which the server resolves itself when it creates the pool
     * (so only from server-level sources: system properties, environment, the server's config store).
     */
    public static final String DATASOURCE_JNDI = "java:app/jdbc/zorgzame";

    /** Load demo users and demo data at start-up. Never on in production. */
    public static final String DEMO_ENABLED = "zorgzame.demo.enabled";

    /** Password of a first administrator "admin", created at start-up only when no administrator exists. */
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "zorgzame.bootstrap.admin-password";

    private ZorgzameConfig() {
    }
}
