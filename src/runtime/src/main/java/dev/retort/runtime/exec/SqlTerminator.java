package dev.retort.runtime.exec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends a statement with exactly one {@code ;} that psql sees: outside string literals, quoted identifiers,
 * dollar quotes and comments. A statement whose text ends in a {@code -- comment} gets its {@code ;} on the
 * next line, where the comment cannot swallow it.
 */
final class SqlTerminator {
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)?\\$");

    private SqlTerminator() {
    }

    static String terminate(String sql) {
        String s = sql.stripTrailing();
        int lastSignificant = -1;
        boolean endsInLineComment = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                int eol = s.indexOf('\n', i);
                if (eol < 0) {
                    endsInLineComment = true;
                    break;
                }
                i = eol + 1;
            } else if (c == '/' && next == '*') {
                i = blockCommentEnd(s, i);
            } else if (c == '\'') {
                boolean escapes = i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)) && s.charAt(i - 2) != '_');
                i = quotedEnd(s, i, '\'', escapes);
                lastSignificant = i - 1;
            } else if (c == '"') {
                i = quotedEnd(s, i, '"', false);
                lastSignificant = i - 1;
            } else if (c == '$' && (i == 0 || !isIdentifierPart(s.charAt(i - 1)))) {
                Matcher m = DOLLAR_TAG.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    String tag = m.group();
                    int close = s.indexOf(tag, m.end());
                    i = close < 0 ? n : close + tag.length();
                    lastSignificant = i - 1;
                } else {
                    lastSignificant = i;
                    i++;
                }
            } else {
                if (!Character.isWhitespace(c)) {
                    lastSignificant = i;
                }
                i++;
            }
        }
        if (lastSignificant < 0) {
            return s; // only comments: nothing to end
        }
        if (s.charAt(lastSignificant) == ';') {
            return s;
        }
        return endsInLineComment ? s + "\n;" : s + ";";
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** After a {@code /* ... *}{@code /} comment, which nests in PostgreSQL. */
    private static int blockCommentEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** After a literal opened at {@code start}; a doubled quote is part of it, as is a backslash escape in E''. */
    private static int quotedEnd(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }
}
