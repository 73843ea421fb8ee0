package be.zorgzame.platform.datasource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource chosen by its JDBC URL alone, for the server's connection pool (web.xml
 * {@code <data-source>}). The same WAR then runs on embedded Derby or on PostgreSQL by configuring one
 * URL. The driver is found among the JDBC drivers packaged with the application: an application
 * server's driver-manager pool only sees drivers installed in the server itself. Values still holding
 * web.xml's {@code ${MPCONFIG=...}} placeholder are resolved here ({@link ConfigPlaceholder}). An
 * embedded Derby URL without attributes creates its database when missing, as {@code ;create=true}
 * would: web.xml's default cannot carry that attribute, because WildFly splits property values at ';'.
 */
public class UrlDataSource implements DataSource {

    private static final String DERBY_EMBEDDED = "jdbc:derby:";

    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setURL(String url) {
        this.url = ConfigPlaceholder.resolve(url);
        this.driver = null;
    }

    public String getURL() {
        return url;
    }

    public void setUrl(String url) {
        setURL(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = ConfigPlaceholder.resolve(user);
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = ConfigPlaceholder.resolve(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Driver chosen = driver();
        Properties properties = new Properties();
        String resolvedUser = ConfigPlaceholder.resolve(username);
        String resolvedPassword = ConfigPlaceholder.resolve(pass);
        if (resolvedUser != null) {
            properties.setProperty("user", resolvedUser);
        }
        if (resolvedPassword != null) {
            properties.setProperty("password", resolvedPassword);
        }
        if (url.startsWith(DERBY_EMBEDDED) && url.indexOf(';') < 0) {
            properties.setProperty("create", "true");
        }
        Connection connection = chosen.connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver refused the URL " + url);
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            if (url == null || url.isBlank()) {
                throw new SQLException("No JDBC URL configured (zorgzame.datasource.url)");
            }
            for (Driver candidate : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(url)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                throw new SQLException("No JDBC driver packaged with the application accepts " + url);
            }
            driver = found;
        }
        return found;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
