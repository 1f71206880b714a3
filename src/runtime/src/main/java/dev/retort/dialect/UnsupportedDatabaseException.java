package dev.retort.dialect;

import java.util.List;

/** No registered dialect serves a database URL. */
public final class UnsupportedDatabaseException extends RuntimeException {
    private final String scheme;

    public UnsupportedDatabaseException(String jdbcUrl, List<String> available) {
        super("no Retort dialect for database URL scheme '" + scheme(jdbcUrl) + "'; supported: " + available
                + ". Use a jdbc:postgresql://host:port/db or postgresql://user@host:port/db URL.");
        this.scheme = scheme(jdbcUrl);
    }

    private static String scheme(String url) {
        if (url == null) {
            return "";
        }
        String[] parts = url.split(":", 3);
        return parts.length >= 2 && parts[0].equals("jdbc") ? parts[1] : parts[0];
    }

    public String scheme() {
        return scheme;
    }
}
