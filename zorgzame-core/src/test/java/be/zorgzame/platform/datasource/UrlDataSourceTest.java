package be.zorgzame.platform.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * web.xml's datasource as WildFly and Open Liberty hand it over: placeholders unresolved, and the default
 * Derby URL without {@code ;create=true}. (No MicroProfile Config implementation is on this classpath, so
 * the keys come from system properties, as on a server without MicroProfile.)
 */
class UrlDataSourceTest {

    private static final String KEY = "zorgzame.test.datasource.url";

    @TempDir
    Path folder;

    @AfterEach
    void clearKey() {
        System.clearProperty(KEY);
    }

    @Test
    void aPlainValueIsKept() {
        assertEquals("jdbc:postgresql://db/zorgzame", ConfigPlaceholder.resolve("jdbc:postgresql://db/zorgzame"));
        assertEquals(null, ConfigPlaceholder.resolve(null));
    }

    @Test
    void anUnconfiguredKeyGivesTheDefaultWithItsColons() {
        assertEquals("jdbc:derby:zorgzame-data/derby", ConfigPlaceholder.resolve("${MPCONFIG=" + KEY + ":jdbc:derby:zorgzame-data/derby}"));
        assertEquals(null, ConfigPlaceholder.resolve("${MPCONFIG=" + KEY + "}"));
    }

    @Test
    void aConfiguredKeyWinsOverTheDefault() {
        System.setProperty(KEY, "jdbc:derby:memory:configured;create=true");
        assertEquals("jdbc:derby:memory:configured;create=true", ConfigPlaceholder.resolve("${MPCONFIG=" + KEY + ":jdbc:derby:other}"));
    }

    @Test
    void theUnresolvedDefaultOpensANewDerbyDatabase() throws SQLException {
        Path database = folder.resolve("derby");
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toString());
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setURL("${MPCONFIG=" + KEY + ":jdbc:derby:" + database + "}");
        dataSource.setUser("${MPCONFIG=zorgzame.test.datasource.user:zorgzame}");
        dataSource.setPassword("${MPCONFIG=zorgzame.test.datasource.password:zorgzame}");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("jdbc:derby:" + database, connection.getMetaData().getURL());
            assertEquals("zorgzame", connection.getMetaData().getUserName());
        }
        assertTrue(database.resolve("service.properties").toFile().isFile(), "the database was created");
    }
}
