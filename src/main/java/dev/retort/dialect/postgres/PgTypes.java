package dev.retort.dialect.postgres;

import dev.retort.model.SqlType;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses PostgreSQL type spellings, as Hibernate writes them in DDL and as {@code format_type()} reports
 * them, into one canonical {@link SqlType}, and renders canonical types back to DDL.
 *
 * <p>Canonical names: {@code smallint integer bigint real double precision numeric varchar char text
 * boolean bytea uuid json jsonb date time timetz timestamp timestamptz interval oid}, otherwise the type's
 * own name (enums and other user-defined types). Time types always carry a precision (PostgreSQL's
 * default is 6), {@code char} always a length (default 1).
 */
public final class PgTypes {
    private PgTypes() {
    }

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("int4", "integer"), Map.entry("int", "integer"), Map.entry("integer", "integer"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("numeric", "numeric"), Map.entry("decimal", "numeric"),
            Map.entry("varchar", "varchar"), Map.entry("character varying", "varchar"),
            Map.entry("char", "char"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("text", "text"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("bytea", "bytea"), Map.entry("uuid", "uuid"), Map.entry("json", "json"),
            Map.entry("jsonb", "jsonb"), Map.entry("date", "date"), Map.entry("oid", "oid"),
            Map.entry("interval", "interval"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timetz", "timetz"), Map.entry("time with time zone", "timetz"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("bit", "bit"), Map.entry("varbit", "varbit"), Map.entry("bit varying", "varbit"),
            Map.entry("inet", "inet"), Map.entry("cidr", "cidr"), Map.entry("xml", "xml"),
            Map.entry("money", "money"), Map.entry("tsvector", "tsvector"));

    // name, optional (args), optional "with/without time zone", optional array suffixes
    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(?<name>\"[^\"]+\"(?:\\.\"[^\"]+\")?|[a-z_][a-z0-9_ .]*?)\\s*"
                    + "(?:\\(\\s*(?<a>\\d+)\\s*(?:,\\s*(?<b>-?\\d+)\\s*)?\\))?\\s*"
                    + "(?<tz>with(?:out)? time zone)?\\s*"
                    + "(?<arr>(?:\\[\\d*\\]\\s*)*|\\s+array(?:\\[\\d*\\])?)\\s*$");

    /**
     * Parses one type spelling, e.g. {@code character varying(255)}, {@code int4}, {@code _int4},
     * {@code timestamp(6) with time zone}, {@code numeric(10,2)}, {@code integer[]}, {@code float(53)}.
     *
     * @throws IllegalArgumentException when the text is not a type
     */
    public static SqlType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty type");
        }
        String lower = text.trim();
        if (!lower.startsWith("\"")) {
            lower = lower.toLowerCase(Locale.ROOT);
        }
        int dims = 0;
        if (lower.startsWith("_")) { // internal array name such as _int4
            dims = 1;
            lower = lower.substring(1);
        }
        Matcher m = TYPE.matcher(lower);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL type: " + text);
        }
        String rawName = m.group("name").trim();
        String arr = m.group("arr");
        if (arr != null && !arr.isBlank()) {
            dims += arr.contains("[") ? Math.max(1, arr.split("\\[").length - 1) : 1;
            if (arr.trim().startsWith("array")) {
                dims = Math.max(dims, 1);
            }
        }
        String tz = m.group("tz");
        Integer a = m.group("a") == null ? null : Integer.valueOf(m.group("a"));
        Integer b = m.group("b") == null ? null : Integer.valueOf(m.group("b"));
        if (rawName.equals("float") || rawName.equals("double")) {
            String n = a != null && a <= 24 ? "real" : "double precision";
            return new SqlType(n, null, null, null, dims);
        }
        String key = rawName;
        if (tz != null) {
            key = rawName + " " + tz;
        }
        String name = SYNONYMS.getOrDefault(key, SYNONYMS.getOrDefault(rawName, unquote(rawName)));
        if (tz != null && rawName.equals("time")) {
            name = tz.startsWith("without") ? "time" : "timetz";
        } else if (tz != null && rawName.equals("timestamp")) {
            name = tz.startsWith("without") ? "timestamp" : "timestamptz";
        }
        return switch (name) {
            case "varchar", "bit", "varbit" -> new SqlType(name, a, null, null, dims);
            case "char" -> new SqlType(name, a == null ? 1 : a, null, null, dims);
            case "numeric" -> new SqlType(name, null, a, a == null ? null : (b == null ? 0 : b), dims);
            case "time", "timetz", "timestamp", "timestamptz", "interval" ->
                    new SqlType(name, null, a == null ? 6 : a, null, dims);
            default -> new SqlType(name, null, null, null, dims);
        };
    }

    private static String unquote(String name) {
        return name.replace("\"", "");
    }

    /** The DDL spelling of a canonical type, e.g. {@code varchar(255)}, {@code timestamp(6) with time zone}. */
    public static String render(SqlType type) {
        String base = switch (type.name()) {
            case "varchar", "char", "bit", "varbit" ->
                    type.length() == null ? type.name() : type.name() + "(" + type.length() + ")";
            case "numeric" -> type.precision() == null ? "numeric"
                    : "numeric(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case "time", "timestamp" -> type.name() + precision(type) + " without time zone";
            case "timetz" -> "time" + precision(type) + " with time zone";
            case "timestamptz" -> "timestamp" + precision(type) + " with time zone";
            case "interval" -> "interval" + precision(type);
            case "double precision" -> "double precision"; // a key word pair, not an identifier to quote
            default -> PgIdentifiers.quoteIfNeeded(type.name());
        };
        return base + "[]".repeat(type.arrayDimensions());
    }

    private static String precision(SqlType type) {
        return type.precision() == null ? "" : "(" + type.precision() + ")";
    }
}
