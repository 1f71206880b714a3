package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

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

    /** {@code jdbc:postgresql://h:p/db?x=y} with another database name: a server's other database. */
    public static String withDatabase(String jdbcUrl, String database) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        int hostStart = base.indexOf("//");
        int slash = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + query;
    }

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
            parsed = fromJdbc(url, url);
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            parsed = fromUri(url);
        } else {
            throw malformed(url, "expected jdbc:postgresql://host:port/db or postgresql://user:pass@host:port/db");
        }
        return new DatabaseUrl(parsed.jdbcUrl,
                user != null ? user : parsed.user,
                password != null ? password : parsed.password);
    }

    /** {@code shown} is the URL as the user wrote it, for messages. */
    private static DatabaseUrl fromJdbc(String url, String shown) {
        if (!url.startsWith("jdbc:postgresql:")) {
            // leave unsupported schemes to the dialect lookup, which lists the supported ones
            return new DatabaseUrl(url, null, null);
        }
        checkJdbcPorts(url, shown);
        Properties props = org.postgresql.Driver.parseURL(url, new Properties());
        if (props == null) {
            throw malformed(shown, "the PostgreSQL driver cannot parse it (check host, port and database name)");
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
        int from = url.indexOf("://") + 3;
        int at = Secrets.userInfoEnd(url, 0, url.length());
        String info = at < 0 ? null : url.substring(from, at);
        String rest = url.substring(at < 0 ? from : at + 1);
        int hostEnd = firstOf(rest, "/?#");
        String hostPort = rest.substring(0, hostEnd);
        String afterHost = rest.substring(hostEnd);
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw malformed(url, "the IPv6 host has no closing ']'");
            }
            host = hostPort.substring(0, close + 1);
            String tail = hostPort.substring(close + 1);
            if (!tail.isEmpty()) {
                if (!tail.startsWith(":")) {
                    throw malformed(url, "unexpected text after the host");
                }
                port = tail.substring(1);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isEmpty() || !host.matches("\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._%\\-]+")) {
            throw malformed(url, "it has no valid host");
        }
        if (port != null && !port.isEmpty() && !validPort(port)) {
            throw malformed(url, "the port must be a number from 1 to 65535");
        }
        int fragment = afterHost.indexOf('#');
        if (fragment >= 0) {
            throw malformed(url, "it has a '#' fragment (percent-encode '#' in a password as %23)");
        }
        int q = afterHost.indexOf('?');
        String path = q < 0 ? afterHost : afterHost.substring(0, q);
        String query = q < 0 ? null : afterHost.substring(q + 1);
        String db = path.length() <= 1 ? null : decode(path.substring(1));
        if (db == null || db.isEmpty()) {
            throw malformed(url, "it names no database (add /dbname after host:port)");
        }
        if (db.contains("/")) {
            throw malformed(url, "the database name contains '/' (percent-encode '/' in a password as %2F)");
        }
        String user = null;
        String password = null;
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(host);
        if (port != null && !port.isEmpty()) {
            jdbc.append(':').append(Integer.parseInt(port));
        }
        jdbc.append('/').append(path.substring(1));
        if (query != null && !query.isEmpty()) {
            jdbc.append('?').append(query);
        }
        DatabaseUrl inner = fromJdbc(jdbc.toString(), url);
        return new DatabaseUrl(inner.jdbcUrl,
                user != null && !user.isEmpty() ? user : inner.user,
                password != null ? password : inner.password);
    }

    /** {@code jdbc:postgresql://h1:p1,h2:p2/db}: every port a number from 1 to 65535. */
    private static void checkJdbcPorts(String url, String shown) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            return;
        }
        String rest = url.substring(prefix.length());
        String hosts = rest.substring(0, firstOf(rest, "/?"));
        for (String host : hosts.split(",")) {
            int close = host.lastIndexOf(']');
            int colon = host.lastIndexOf(':');
            if (colon > close) {
                String port = host.substring(colon + 1);
                if (!port.isEmpty() && !validPort(port)) {
                    throw malformed(shown, "the port '" + port + "' is not a number from 1 to 65535");
                }
            }
        }
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean validPort(String port) {
        if (!port.matches("[0-9]{1,5}")) {
            return false;
        }
        int p = Integer.parseInt(port);
        return p >= 1 && p <= 65535;
    }

    /** Percent-decoding that keeps a {@code %} not followed by two hex digits as it is. */
    private static String decode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
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
