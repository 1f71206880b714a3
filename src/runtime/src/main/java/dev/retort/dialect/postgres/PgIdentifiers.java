package dev.retort.dialect.postgres;

import java.util.Set;
import java.util.regex.Pattern;

/** Quoting of PostgreSQL identifiers and string literals. */
public final class PgIdentifiers {
    private PgIdentifiers() {
    }

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    // Reserved key words of PostgreSQL (appendix C, "reserved" and "reserved (can be function or type)")
    // that commonly collide with table or column names.
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    /** The identifier as it must appear in SQL: bare when it is a plain lower-case name, else quoted. */
    public static String quoteIfNeeded(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return quote(identifier);
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A standard-conforming string literal. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
