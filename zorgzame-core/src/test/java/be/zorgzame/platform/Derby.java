package be.zorgzame.platform;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Embedded Derby databases in a test's own directory, their log kept out of the source tree. */
public final class Derby {

    /** Derby's "shut down normally" answer, which comes as an exception. */
    private static final String SHUT_DOWN = "08006";

    static {
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toString());
    }

    private Derby() {
    }

    /** The URL creating the database at this place when it does not exist yet. */
    public static String url(Path database) {
        return "jdbc:derby:" + database + ";create=true";
    }

    /** Closes the database so its files can be copied, restored or removed. */
    public static void shutDown(Path database) throws SQLException {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
