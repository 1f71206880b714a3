package dev.retort.scan.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * PostgreSQL's rules for names: identifiers are cut to 63 bytes, and the names it invents for unnamed objects
 * follow {@code makeObjectName} and {@code ChooseIndexNameAddition} of its {@code indexcmds.c}.
 */
final class PgNaming {
    /** NAMEDATALEN - 1. */
    static final int MAX_BYTES = 63;

    private PgNaming() {
    }

    /** The identifier as PostgreSQL stores it when it is longer than 63 bytes. */
    static String truncate(String identifier) {
        return clip(identifier, MAX_BYTES);
    }

    /**
     * {@code name1_name2_label}, shortening the longer of the two names first until it fits in 63 bytes;
     * {@code name2} may be null.
     */
    static String makeObjectName(String name1, String name2, String label) {
        int name1Bytes = bytes(name1);
        int name2Bytes = name2 == null ? 0 : bytes(name2);
        int overhead = (name2 == null ? 0 : 1) + bytes(label) + 1;
        int available = MAX_BYTES - overhead;
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Bytes));
        }
        return name.append('_').append(label).toString();
    }

    /** Column names joined by underscores, stopping once 64 bytes are reached, as for index names. */
    static String indexNameAddition(List<String> columns) {
        StringBuilder addition = new StringBuilder();
        for (String column : columns) {
            if (addition.length() > 0) {
                addition.append('_');
            }
            addition.append(clip(column, MAX_BYTES));
            if (bytes(addition.toString()) >= MAX_BYTES + 1) {
                break;
            }
        }
        return addition.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that does not split a character. */
    private static String clip(String s, int maxBytes) {
        if (bytes(s) <= maxBytes) {
            return s;
        }
        int used = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
