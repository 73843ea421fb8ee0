package be.zorgzame.platform.datasource;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Resolves web.xml's {@code ${MPCONFIG=key:default}} on servers that hand it over as written. Payara
 * replaces the placeholder itself before it creates the pool, and WildFly reads it as a system-property
 * expression; Open Liberty and GlassFish pass the text to {@link UrlDataSource} unchanged, so the one
 * web.xml would otherwise name a JDBC URL "${MPCONFIG=...". The key is looked up in the server's
 * MicroProfile Config, then as a system property and as an environment variable named the MicroProfile
 * way ({@code ZORGZAME_DATASOURCE_URL}), in case the Config a server offers the EAR's lib/ folder, where
 * this class lives, does not see every source.
 */
final class ConfigPlaceholder {

    private static final String PREFIX = "${MPCONFIG=";
    private static final String SUFFIX = "}";

    private ConfigPlaceholder() {
    }

    /** The value itself, or, when it is one whole placeholder, what its key is configured to or its default. */
    static String resolve(String value) {
        if (value == null || !value.startsWith(PREFIX) || !value.endsWith(SUFFIX)) {
            return value;
        }
        String body = value.substring(PREFIX.length(), value.length() - SUFFIX.length());
        int colon = body.indexOf(':');
        String key = colon < 0 ? body : body.substring(0, colon);
        String fallback = colon < 0 ? null : body.substring(colon + 1);
        return configured(key).orElse(fallback);
    }

    private static Optional<String> configured(String key) {
        return microProfileConfig(key)
                .or(() -> Optional.ofNullable(System.getProperty(key)))
                .or(() -> Optional.ofNullable(System.getenv(key)))
                .or(() -> Optional.ofNullable(System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))));
    }

    /** Empty on a server without MicroProfile Config, or whose Config for this class's loader lacks the key. */
    private static Optional<String> microProfileConfig(String key) {
        try {
            return ConfigProvider.getConfig(ConfigPlaceholder.class.getClassLoader()).getOptionalValue(key, String.class);
        } catch (IllegalStateException | LinkageError noMicroProfileConfig) {
            return Optional.empty();
        }
    }
}
