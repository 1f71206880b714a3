package dev.retort.scan.read;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which of a table's columns a check expression refers to. PostgreSQL names an unnamed check
 * {@code <table>_<column>_check} when its expression refers to exactly one column and {@code <table>_check}
 * otherwise, whether it was written at the column or at the table. This reads the SQL text: words outside
 * string literals that are column names, not function names (followed by {@code (}) and not type names (after
 * {@code ::}); quoted identifiers keep their case.
 */
final class CheckColumns {
    private CheckColumns() {
    }

    static Set<String> referenced(String expression, Set<String> columns) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        int n = expression.length();
        boolean afterCast = false;
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expression, i, '\'');
                afterCast = false;
            } else if (c == '"') {
                int end = skipQuoted(expression, i, '"');
                String name = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
                if (!afterCast && columns.contains(name)) {
                    found.add(name);
                }
                i = end;
                afterCast = false;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end))
                        || expression.charAt(end) == '_' || expression.charAt(end) == '$')) {
                    end++;
                }
                String word = Identifiers.lowerAscii(expression.substring(i, end));
                boolean call = nextNonSpace(expression, end) == '(';
                boolean qualified = end < n && expression.charAt(end) == '.';
                if (!afterCast && !call && !qualified && columns.contains(word)) {
                    found.add(word);
                }
                i = end;
                afterCast = false;
            } else if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
                afterCast = true;
                i += 2;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                afterCast = false;
            } else {
                if (!Character.isWhitespace(c)) {
                    afterCast = false;
                }
                i++;
            }
        }
        return found;
    }

    /** The index just past the closing quote of a literal or identifier that opens at {@code start}. */
    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static char nextNonSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }
}
