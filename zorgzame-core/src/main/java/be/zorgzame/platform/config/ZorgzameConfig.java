package be.zorgzame.platform.config;

/**
 * Every MicroProfile Config key the module reads, in one place. Each can be set as a system property,
 * an environment variable (upper case, dots as underscores: {@code ZORGZAME_DEMO_ENABLED}) or in a
 * server's config store. Defaults are in {@code META-INF/microprofile-config.properties} of the WAR.
 */
public final class ZorgzameConfig {

    /** JNDI name of the datasource; defined in web.xml from the {@code zorgzame.datasource.*} keys. */
    public static final String DATASOURCE_JNDI = "java:app/jdbc/zorgzame";

    /**
     * JDBC URL of that datasource, read by the server when it defines the pool (so from server-level
     * sources only: system properties, environment, the server's config store). With
     * {@code zorgzame.datasource.user} and {@code zorgzame.datasource.password}.
     */
    public static final String DATASOURCE_URL = "zorgzame.datasource.url";

    /** Load demo users and demo data at start-up. Never on in production. */
    public static final String DEMO_ENABLED = "zorgzame.demo.enabled";

    /** Password of a first administrator "admin", created at start-up only when no administrator exists. */
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "zorgzame.bootstrap.admin-password";

    private ZorgzameConfig() {
    }
}
