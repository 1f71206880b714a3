package dev.retort.dialect.postgres;

import java.nio.charset.StandardCharsets;

/** Names PostgreSQL chooses itself, reproduced so that statements can refer to them. */
final class PgNames {
    /** PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    private PgNames() {
    }

    /**
     * The name PostgreSQL gives a primary key created without one: {@code <table>_pkey}, the table part
     * cut so that the whole fits in 63 bytes (as {@code makeObjectName} does).
     */
    static String defaultPrimaryKeyName(String table) {
        return withSuffix(table, "_pkey");
    }

    /** {@code base + suffix}, with {@code base} cut at a character boundary so that the result fits in 63 bytes. */
    static String withSuffix(String base, String suffix) {
        int room = MAX_IDENTIFIER_BYTES - bytes(suffix);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > room) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return kept + suffix;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
