package dev.retort.dialect.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text to execute so that PostgreSQL prints a check back exactly as {@code printed}. PostgreSQL does not
 * print every expression the way it prints it again after reading it: {@code status IN ('A','B')} on a varchar
 * column prints as {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))},
 * and that text, executed, prints as {@code ARRAY[('A'::character varying)::text, ...]}: casting an
 * {@code ARRAY[...]} pushes the cast into its elements. {@code status = ANY (ARRAY['A'::character varying, ...])}
 * prints as the first form, so a dropped check comes back with the definition it had.
 */
final class PgCheckText {
    private static final String VARCHAR = "'(?:[^']|'')*'::character varying";

    /**
     * {@code (col)::text op ANY|ALL ((ARRAY['a'::character varying, ...])::text[])}: what PostgreSQL prints for an
     * IN list on a varchar column (the column is varchar, since the literals took its type).
     */
    private static final Pattern CAST_ARRAY = Pattern.compile(
            "\\((\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\)::text (=|<>) (ANY|ALL) "
                    + "\\(\\(ARRAY\\[(" + VARCHAR + "(?:, " + VARCHAR + ")*)\\]\\)::text\\[\\]\\)");

    private PgCheckText() {
    }

    static String executable(String printed) {
        Matcher m = CAST_ARRAY.matcher(printed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + " " + m.group(2) + " " + m.group(3) + " (ARRAY[" + m.group(4) + "])"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
