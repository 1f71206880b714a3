package dev.retort.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes PostgreSQL's printed expressions a fixpoint. PostgreSQL does not print every expression the way
 * it would print it again after reading it back: {@code status IN ('A','B')} on a varchar column prints
 * as {@code ((ARRAY['A'::character varying, 'B'::character varying])::text[])}, and that text, executed
 * again (as a migration's downgrade does), prints as {@code ARRAY[('A'::character varying)::text, ...]}.
 * Both mean the same; this class maps the second form onto the first so that a schema compares equal
 * however many times its expressions have been round-tripped.
 */
public final class PgExpressions {
    private PgExpressions() {
    }

    private static final Pattern CAST_ELEMENT = Pattern.compile("^\\((.+)\\)::([a-z][a-z0-9_ ]*)$", Pattern.DOTALL);

    /** The canonical form of an expression PostgreSQL printed; null stays null. */
    public static String canonical(String expression) {
        if (expression == null || !expression.contains("ARRAY[")) {
            return expression;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = expression.indexOf("ARRAY[", i);
            if (start < 0) {
                out.append(expression, i, expression.length());
                return out.toString();
            }
            int close = matchingBracket(expression, start + 5);
            if (close < 0) {
                out.append(expression, i, expression.length());
                return out.toString();
            }
            out.append(expression, i, start);
            String inner = expression.substring(start + 6, close);
            out.append(rewriteArray(canonical(inner)));
            i = close + 1;
        }
    }

    /** {@code ARRAY[(a)::t, (b)::t]} → {@code (ARRAY[a, b])::t[]}; anything else is left as it was. */
    private static String rewriteArray(String inner) {
        List<String> elements = splitTopLevel(inner);
        List<String> uncast = new ArrayList<>();
        String target = null;
        for (String e : elements) {
            Matcher m = CAST_ELEMENT.matcher(e.trim());
            if (!m.matches() || !balanced(m.group(1)) || (target != null && !target.equals(m.group(2)))) {
                return "ARRAY[" + inner + "]";
            }
            target = m.group(2);
            uncast.add(m.group(1));
        }
        if (target == null) {
            return "ARRAY[" + inner + "]";
        }
        return "(ARRAY[" + String.join(", ", uncast) + "])::" + target + "[]";
    }

    private static int matchingBracket(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')')) {
                depth--;
                if (depth == 0) {
                    return c == ']' ? i : -1;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !quoted;
    }
}
