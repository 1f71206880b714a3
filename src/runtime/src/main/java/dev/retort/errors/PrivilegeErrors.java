package dev.retort.errors;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the database's "permission denied" (SQLSTATE 42501, insufficient_privilege) and "read-only transaction"
 * (25006) into an error of kind {@link ErrorKind#PRIVILEGE} that names the object, the statement, the privilege the
 * role lacks and the GRANT that fixes it, instead of blaming the entities or the migration.
 */
public final class PrivilegeErrors {
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String READ_ONLY_TRANSACTION = "25006";

    private static final Pattern DENIED_FOR = Pattern.compile(
            "permission denied for (schema|table|relation|view|materialized view|foreign table|sequence|function|"
                    + "procedure|routine|type|database|tablespace|language|large object|foreign-data wrapper|"
                    + "foreign server|parameter) (.+)");
    private static final Pattern OWNER = Pattern.compile("must be owner of ([a-z -]+?) (\\S+)$");
    // CREATE CAST and DROP CAST: "must be owner of type character varying or type orderstatus"
    private static final Pattern TYPE_OWNER = Pattern.compile("must be owner of type (.+) or type (.+)$");
    private static final Pattern READ_ONLY = Pattern.compile("cannot execute (.+) in a read-only transaction");

    private PrivilegeErrors() {
    }

    /** The privilege error in {@code e}'s causes (or next exceptions), or null. */
    public static SQLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (INSUFFICIENT_PRIVILEGE.equals(n.getSQLState()) || READ_ONLY_TRANSACTION.equals(n.getSQLState())) {
                        return n;
                    }
                    if (n.getNextException() == n) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    /**
     * @param e         the database's error (42501 or 25006)
     * @param statement the statement refused, or null when not known
     * @param where     what Retort was doing, e.g. "upgrade of migration 1f0c2a9d4b7e (migrations/M1_init.java)"
     * @param role      the role connected, or null
     * @param database  the target as shown in messages
     */
    public static RetortException of(SQLException e, String statement, String where, String role, String database,
                                     Path file, List<String> revisions) {
        String dbMessage = firstLine(e.getMessage());
        String who = role == null ? "the role" : "role " + role;
        String grantee = role == null ? "<role>" : quoteIfNeeded(role);
        String need;
        String fix;
        Matcher denied = DENIED_FOR.matcher(dbMessage);
        Matcher owner = OWNER.matcher(dbMessage);
        Matcher typeOwner = TYPE_OWNER.matcher(dbMessage);
        Matcher readOnly = READ_ONLY.matcher(dbMessage);
        String verb = statement == null ? "" : firstWords(statement);
        if (READ_ONLY_TRANSACTION.equals(e.getSQLState()) || readOnly.find()) {
            need = "the session is read-only: default_transaction_read_only is on for " + who + " or its database, "
                    + "or the server is a hot standby";
            fix = "run this command with a role whose transactions are read-write, against the primary server "
                    + "(ALTER ROLE " + grantee + " SET default_transaction_read_only = off; or connect to the primary)";
        } else if (denied.find()) {
            String kind = denied.group(1);
            String object = denied.group(2).strip();
            String privilege = privilege(kind, verb);
            String grantKind = switch (kind) {
                case "relation", "view", "materialized view", "foreign table" -> "TABLE";
                case "large object" -> "LARGE OBJECT";
                case "foreign-data wrapper" -> "FOREIGN DATA WRAPPER";
                case "foreign server" -> "FOREIGN SERVER";
                default -> kind.toUpperCase(Locale.ROOT);
            };
            need = who + " lacks " + privilege + " on " + kind + " " + object;
            fix = "GRANT " + privilege + " ON " + grantKind + " " + object + " TO " + grantee
                    + "; (as the owner of " + object + " or a superuser), or run with a role that has it";
        } else if (typeOwner.find()) {
            String a = typeOwner.group(1).strip();
            String b = typeOwner.group(2).strip();
            String type = a.contains(" ") || a.equals("text") || a.equals("varchar") ? b : a; // not the built-in one
            need = "only the owner of type " + a + " or of type " + b + " (or a member of the owning role) may create "
                    + "or drop a cast between them, and " + who + " is not";
            fix = "run with the role that owns type " + type + ", or ALTER TYPE " + type + " OWNER TO " + grantee
                    + "; (as a superuser)";
        } else if (owner.find()) {
            String kind = owner.group(1);
            String object = owner.group(2);
            need = "only the owner of " + kind + " " + object + " (or a member of the owning role) may run it, and "
                    + who + " is not";
            fix = "run with the owning role, or ALTER " + kind.toUpperCase(Locale.ROOT) + " " + object + " OWNER TO "
                    + grantee + "; (as a superuser)";
        } else {
            need = who + " lacks a privilege this statement needs";
            String hint = hint(e);
            fix = hint != null ? hint : "grant it, or run with a role that has it (see docs/troubleshooting.md)";
        }
        StringBuilder m = new StringBuilder("missing privilege on ").append(database).append(": ").append(where)
                .append(" was refused: ").append(dbMessage);
        if (statement != null) {
            m.append("\n  statement: ").append(abbreviate(statement));
        }
        m.append("\n  ").append(need).append(".\n  Fix: ").append(fix).append('.');
        return new RetortException(ErrorKind.PRIVILEGE, m.toString(), file, revisions, database, e);
    }

    /** The privilege a statement beginning with {@code verb} needs on an object of {@code kind}. */
    static String privilege(String kind, String verb) {
        String v = verb.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "schema" -> v.startsWith("CREATE") || v.startsWith("ALTER") && v.contains("RENAME") ? "CREATE" : "USAGE";
            case "database" -> v.startsWith("CREATE TEMP") ? "TEMPORARY" : v.startsWith("CREATE") ? "CREATE" : "CONNECT";
            case "table", "relation", "view", "materialized view", "foreign table" ->
                    v.startsWith("WITH") ? "SELECT, INSERT, UPDATE, DELETE"
                            : v.startsWith("INSERT") ? "INSERT" : v.startsWith("UPDATE") ? "UPDATE"
                            : v.startsWith("DELETE") ? "DELETE" : v.startsWith("TRUNCATE") ? "TRUNCATE"
                            : v.startsWith("ALTER") || v.startsWith("CREATE") ? "REFERENCES" : "SELECT";
            case "sequence" -> "USAGE";
            case "function", "procedure", "routine" -> "EXECUTE";
            case "type", "language", "foreign-data wrapper", "foreign server" -> "USAGE";
            case "tablespace" -> "CREATE";
            default -> "the required privilege";
        };
    }

    private static String hint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getHint();
        }
        return null;
    }

    private static String firstWords(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        line = nl < 0 ? line : line.substring(0, nl);
        return line.startsWith("ERROR: ") ? line.substring(7) : line;
    }

    private static String abbreviate(String sql) {
        String one = sql.strip();
        int nl = one.indexOf('\n');
        if (nl >= 0) {
            one = one.substring(0, nl) + " …";
        }
        return one.length() > 200 ? one.substring(0, 200) + " …" : one;
    }

    private static String quoteIfNeeded(String role) {
        return role.matches("[a-z_][a-z0-9_$]*") ? role : "\"" + role.replace("\"", "\"\"") + "\"";
    }
}
