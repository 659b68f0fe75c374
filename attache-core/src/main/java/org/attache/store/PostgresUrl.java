package org.attache.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a PostgreSQL store is, as the JDBC driver takes it. People are given libpq-style URLs
 * ({@code postgresql://user:pass@host:port/db?params}), which the driver does not read, so those are turned
 * into a JDBC URL plus user and password; a {@code jdbc:postgresql:} URL is used as it is.
 */
record PostgresUrl(String jdbcUrl, String user, String password) {
    private static final String JDBC = "jdbc:postgresql:";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    /** Whether {@code location} names a PostgreSQL database rather than a file. */
    static boolean matches(String location) {
        return location.startsWith(JDBC) || location.startsWith("postgresql://")
                || location.startsWith("postgres://");
    }

    static PostgresUrl parse(String location) {
        if (location.startsWith(JDBC)) {
            return new PostgresUrl(location, null, null);
        }
        if (!matches(location)) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + location);
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            // Not chained, as the exception's message holds the whole URL; its reason is enough.
            throw new StoreException("not a valid PostgreSQL URL (" + e.getReason() + "): " + redact(location));
        }
        if (uri.getHost() == null) {
            throw new StoreException("no host in the PostgreSQL URL " + redact(location));
        }
        String address = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        // The driver needs the slash even when the database is left to default to the user's name.
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? decode(parts[1]) : null;
        }
        return new PostgresUrl(JDBC + "//" + address + path + query, user, password);
    }

    /**
     * The database's name: the URL's path, else (as the server does) the user's name; {@code null} when a
     * {@code jdbc:} URL names neither in its path.
     */
    String database() {
        String rest = jdbcUrl.substring(JDBC.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        int slash = path.startsWith("//") ? path.indexOf('/', 2) : -1;
        String name = slash < 0 ? "" : decode(path.substring(slash + 1));
        return name.isEmpty() ? user : name;
    }

    /** A data source for this database as the given user; the caller adds its own connection settings. */
    PGSimpleDataSource dataSource() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        try {
            database.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            // Not chained: the driver's message repeats the URL, password and all.
            throw new StoreException("not a valid PostgreSQL URL: " + this);
        }
        // Unset, they are left to the URL's own user and password parameters.
        if (user != null) {
            database.setUser(user);
        }
        if (password != null) {
            database.setPassword(password);
        }
        return database;
    }

    /** The location with any password in it masked, for messages and logs. */
    static String redact(String location) {
        String withoutUserPassword = location.replaceFirst("^([a-z:]+//[^/@:]*):[^/@]*@", "$1:***@");
        return PASSWORD_PARAMETER.matcher(withoutUserPassword).replaceAll("$1***");
    }

    /** The JDBC URL and user, never the password. */
    @Override
    public String toString() {
        return redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }

    private static String decode(String text) {
        // URLDecoder reads form encoding, where '+' is a space; in a URL's user info it is a plus.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
