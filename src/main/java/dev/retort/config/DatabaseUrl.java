package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where the database is: a JDBC URL without credentials, plus user and password kept apart so the URL
 * can be shown. Accepts {@code jdbc:postgresql://host:port/db?user=u&password=p} and
 * {@code postgresql://user:pass@host:port/db} (also {@code postgres://}).
 *
 * @param jdbcUrl  JDBC URL with no password in it
 * @param user     login user, or null for the driver's default
 * @param password password, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /**
     * Parses a URL as given by a user; explicit {@code user}/{@code password} (may be null) win over those
     * inside the URL.
     *
     * @throws RetortException of kind CONFIG naming the URL, password redacted
     */
    public static DatabaseUrl parse(String raw, String user, String password) {
        if (raw == null || raw.isBlank()) {
            throw malformed(raw, "it is empty");
        }
        String url = raw.strip();
        DatabaseUrl parsed;
        if (url.startsWith("jdbc:")) {
            parsed = fromJdbc(url);
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            parsed = fromUri(url);
        } else {
            throw malformed(url, "expected jdbc:postgresql://host:port/db or postgresql://user:pass@host:port/db");
        }
        return new DatabaseUrl(parsed.jdbcUrl,
                user != null ? user : parsed.user,
                password != null ? password : parsed.password);
    }

    private static DatabaseUrl fromJdbc(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            // leave unsupported schemes to the dialect lookup, which lists the supported ones
            return new DatabaseUrl(url, null, null);
        }
        Properties props = org.postgresql.Driver.parseURL(url, new Properties());
        if (props == null) {
            throw malformed(url, "the PostgreSQL driver cannot parse it (check host, port and database name)");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        if (q >= 0) {
            for (String param : url.substring(q + 1).split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : decode(param.substring(eq + 1));
                if (key.equalsIgnoreCase("user")) {
                    user = value;
                } else if (key.equalsIgnoreCase("password")) {
                    password = value;
                } else {
                    kept.add(param);
                }
            }
        }
        String jdbc = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new DatabaseUrl(jdbc, user, password);
    }

    private static DatabaseUrl fromUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw malformed(url, e.getReason());
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw malformed(url, "it has no host (or an invalid port)");
        }
        String path = uri.getRawPath();
        String db = path == null || path.length() <= 1 ? null : decode(path.substring(1));
        if (db == null) {
            throw malformed(url, "it names no database (add /dbname after host:port)");
        }
        if (db.contains("/")) {
            throw malformed(url, "the database name contains '/'");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostPart);
        if (uri.getPort() >= 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append('/').append(db);
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        DatabaseUrl inner = fromJdbc(jdbc.toString());
        return new DatabaseUrl(inner.jdbcUrl,
                user != null ? user : inner.user,
                password != null ? password : inner.password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static RetortException malformed(String url, String why) {
        return new RetortException(ErrorKind.CONFIG,
                "malformed database URL '" + Secrets.redactUrl(String.valueOf(url)) + "': " + why
                        + ". Fix --url, RETORT_URL/DATABASE_URL or 'url' in retort.properties.",
                null, List.of(), Secrets.redactUrl(String.valueOf(url)), null);
    }

    /** The URL as it may be shown: with the user, never the password. */
    public String display() {
        return user == null ? jdbcUrl : jdbcUrl + " (user " + user + ")";
    }

    /** Driver properties with the credentials. */
    public Properties driverProperties(String applicationName) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", applicationName);
        return p;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + display() + "]";
    }
}
