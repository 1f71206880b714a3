package dev.retort.dialect.postgres;

import dev.retort.model.SqlType;

import java.util.ArrayList;
import java.util.List;
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
 * default is 6), {@code char} and {@code bit} a length (default 1; only a bare {@code bpchar} has none).
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

    private static final String PART = "(?:\"[^\"]+\"|[a-z_][a-z0-9_$]*)";

    // name (schema-qualified, quoted, or possibly several words such as "double precision"), optional
    // (modifiers), optional "with/without time zone", optional array suffixes
    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(?<name>" + PART + "\\." + PART + "|\"[^\"]+\"|[a-z_][a-z0-9_ ]*?)\\s*"
                    + "(?:\\((?<mods>[^()]*)\\))?\\s*"
                    + "(?<tz>with(?:out)? time zone)?\\s*"
                    + "(?<arr>(?:\\[\\d*\\]\\s*)*|\\s+array(?:\\[\\d*\\])?)\\s*$");

    /** {@code interval} with fields, such as {@code interval second} or {@code interval day to second}. */
    private static final Pattern INTERVAL_FIELDS = Pattern.compile(
            "interval\\s+(?:year|month|day|hour|minute|second)(?:\\s+to\\s+(?:month|hour|minute|second))?");

    /** Modifiers of the types Retort knows: a length, a precision, or a precision and a scale. */
    private static final Pattern NUMBERS = Pattern.compile("\\s*(?<a>\\d+)\\s*(?:,\\s*(?<b>-?\\d+)\\s*)?");

    /**
     * Parses one type spelling, e.g. {@code character varying(255)}, {@code int4}, {@code _int4},
     * {@code timestamp(6) with time zone}, {@code numeric(10,2)}, {@code integer[]}, {@code float(53)}.
     *
     * <p>A type Retort has no rules for (an extension's, a domain, {@code interval day to second}) keeps its
     * name and its modifiers verbatim: {@code geometry(Point,4326)} is {@code geometry} with modifiers
     * {@code Point,4326}, {@code vector(1536)} is {@code vector} with modifiers {@code 1536}. Only PostgreSQL
     * knows what they mean; the scratch round trip puts them in its own words ({@code format_type}).
     *
     * @throws IllegalArgumentException when the text is not a type
     */
    public static SqlType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty type");
        }
        SqlType known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        SqlType parsed = parseText(text);
        if (PARSED.size() < PARSED_MAX) {
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    /**
     * The types parsed so far, by text: a schema of thousands of columns spells a few dozen types, and reflecting it
     * parses each column's (the parse is a function of the text alone).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, SqlType> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_MAX = 4096;

    private static SqlType parseText(String text) {
        String lower = lowerCaseOutsideQuotes(text.trim());
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
        if (rawName.startsWith("pg_catalog.")) { // a built-in type, qualified
            rawName = rawName.substring("pg_catalog.".length());
        }
        String arr = m.group("arr");
        if (arr != null && !arr.isBlank()) {
            dims += arr.contains("[") ? Math.max(1, arr.split("\\[").length - 1) : 1;
            if (arr.trim().startsWith("array")) {
                dims = Math.max(dims, 1);
            }
        }
        String tz = m.group("tz");
        String mods = m.group("mods");
        boolean known = SYNONYMS.containsKey(rawName) || rawName.equals("float") || rawName.equals("double");
        if (!known && rawName.contains(" ") && !INTERVAL_FIELDS.matcher(rawName).matches()) {
            // an unquoted name has no spaces: only built-in types are spelt in several words
            throw new IllegalArgumentException("not a PostgreSQL type: " + text);
        }
        if (!known) {
            if (tz != null) {
                throw new IllegalArgumentException("not a PostgreSQL type: " + text);
            }
            String verbatim = mods == null || mods.isBlank() ? null : originalModifiers(text, mods);
            return new SqlType(userTypeName(rawName), null, null, null, dims, verbatim);
        }
        Integer a = null;
        Integer b = null;
        if (mods != null) {
            Matcher numbers = NUMBERS.matcher(mods);
            if (!numbers.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL type: " + text);
            }
            a = Integer.valueOf(numbers.group("a"));
            b = numbers.group("b") == null ? null : Integer.valueOf(numbers.group("b"));
        }
        if (rawName.equals("float") || rawName.equals("double")) {
            if (a != null && (a < 1 || a > 53)) { // PostgreSQL refuses these, as it would refuse Hibernate's DDL
                throw new IllegalArgumentException("precision for type float must be between 1 and 53 bits: " + text);
            }
            String n = a != null && a <= 24 ? "real" : "double precision";
            return new SqlType(n, null, null, null, dims);
        }
        String key = rawName;
        if (tz != null) {
            key = rawName + " " + tz;
        }
        String name = SYNONYMS.getOrDefault(key, SYNONYMS.get(rawName));
        if (tz != null && rawName.equals("time")) {
            name = tz.startsWith("without") ? "time" : "timetz";
        } else if (tz != null && rawName.equals("timestamp")) {
            name = tz.startsWith("without") ? "timestamp" : "timestamptz";
        }
        return switch (name) {
            case "varchar", "varbit" -> new SqlType(name, a, null, null, dims);
            // char and bit mean char(1) and bit(1); only bpchar without a length is unbounded
            case "char" -> new SqlType(name, a == null && !rawName.equals("bpchar") ? Integer.valueOf(1) : a, null, null, dims);
            case "bit" -> new SqlType(name, a == null ? 1 : a, null, null, dims);
            case "numeric" -> new SqlType(name, null, a, a == null ? null : (b == null ? 0 : b), dims);
            case "time", "timetz", "timestamp", "timestamptz", "interval" ->
                    new SqlType(name, null, a == null ? 6 : a, null, dims);
            default -> {
                if (a != null) { // boolean(3), text(5): modifiers PostgreSQL refuses, keep them for it to say so
                    yield new SqlType(name, null, null, null, dims, mods.trim());
                }
                yield new SqlType(name, null, null, null, dims);
            }
        };
    }

    /**
     * The name of a type Retort has no rules for: unquoted, with a dot between schema and name
     * ({@code app.OrderStatus}); several words stay as they are ({@code interval day to second}). The
     * internal one-byte type {@code "char"} keeps its quotes, which tell it from {@code char(1)}.
     */
    private static String userTypeName(String rawName) {
        if (rawName.equals("\"char\"")) {
            return rawName;
        }
        List<String> parts = splitQualified(rawName);
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            out.add(part.startsWith("\"") ? part.substring(1, part.length() - 1) : part);
        }
        return String.join(".", out);
    }

    /** The modifiers as written in {@code original}, not lower-cased: PostGIS's {@code Point} keeps its case. */
    private static String originalModifiers(String original, String lowered) {
        int open = original.indexOf('(');
        int close = original.lastIndexOf(')');
        if (open >= 0 && close > open) {
            String inside = original.substring(open + 1, close);
            if (inside.toLowerCase(java.util.Locale.ROOT).equals(lowered.toLowerCase(java.util.Locale.ROOT))) {
                return inside.trim();
            }
        }
        return lowered.trim();
    }

    /** Splits {@code a."B.c"} at the dots outside double quotes. */
    private static List<String> splitQualified(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char ch : name.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Folds unquoted text to lower case, as PostgreSQL does with unquoted identifiers and key words. */
    private static String lowerCaseOutsideQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (char ch : text.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            out.append(quoted ? ch : Character.toLowerCase(ch));
        }
        return out.toString();
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
            default -> userTypeSql(type.name()) + (type.modifiers() == null ? "" : "(" + type.modifiers() + ")");
        };
        return base + "[]".repeat(type.arrayDimensions());
    }

    /**
     * A user or extension type's name in SQL: each part of {@code schema.name} quoted where needed; several key
     * words ({@code interval day to second}) and the quoted {@code "char"} as they are.
     */
    private static String userTypeSql(String name) {
        if (name.startsWith("\"") || name.contains(" ")) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.", -1)) {
            parts.add(PgIdentifiers.quoteIfNeeded(part));
        }
        return String.join(".", parts);
    }

    private static String precision(SqlType type) {
        return type.precision() == null ? "" : "(" + type.precision() + ")";
    }
}
