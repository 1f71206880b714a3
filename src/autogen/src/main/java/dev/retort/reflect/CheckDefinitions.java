package dev.retort.reflect;

/**
 * The boolean expression inside a check constraint definition as {@code pg_get_constraintdef} prints it:
 * {@code CHECK ((total >= (0)::numeric))} gives {@code (total >= (0)::numeric)}. Only the
 * {@code CHECK (...)} wrapper and trailing {@code NOT VALID} / {@code NO INHERIT} markers go; the inner
 * text is kept exactly as PostgreSQL printed it.
 */
final class CheckDefinitions {
    private static final String PREFIX = "CHECK (";

    private CheckDefinitions() {
    }

    static String expression(String definition) {
        if (definition == null || !definition.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a check constraint definition: " + definition);
        }
        int close = matchingParenthesis(definition, PREFIX.length() - 1);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced check constraint definition: " + definition);
        }
        return definition.substring(PREFIX.length(), close);
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int matchingParenthesis(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0; // a doubled quote closes and reopens: same effect
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
