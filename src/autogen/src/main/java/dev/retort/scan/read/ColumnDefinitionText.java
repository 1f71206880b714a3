package dev.retort.scan.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code columnDefinition} split where its type ends: {@code varchar(20) default 'new' not null} is the type
 * {@code varchar(20)} and the column constraints {@code default 'new' not null}. Hibernate writes the whole text
 * into its DDL after the column's name, so PostgreSQL reads the constraints too (a default, NOT NULL, a check, a
 * unique constraint, a generated or identity column); Retort passes them to PostgreSQL the same way, in the
 * scratch database, and takes what PostgreSQL made of them.
 *
 * @param type        the type, with its modifiers and any {@code collate} right after it
 * @param constraints the column constraints after the type, as written; null when there are none
 */
record ColumnDefinitionText(String type, String constraints) {
    /** The words a column constraint starts with (PostgreSQL's ColConstraint and ColConstraintElem). */
    private static final Set<String> STARTS = Set.of("default", "not", "null", "check", "constraint", "unique",
            "primary", "references", "generated");

    static ColumnDefinitionText of(String definition) {
        for (int[] w : words(definition)) {
            if (w[0] > 0 && STARTS.contains(definition.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                String type = definition.substring(0, w[0]).strip();
                return type.isEmpty() ? new ColumnDefinitionText(definition.strip(), null)
                        : new ColumnDefinitionText(type, definition.substring(w[0]).strip());
            }
        }
        return new ColumnDefinitionText(definition.strip(), null);
    }

    /**
     * The constraints when they are only a default and NOT NULL (or NULL), in either order, the common case
     * ({@code default false}, {@code default 'new' not null}, {@code not null}): Retort then writes them itself,
     * and the migration shows the default as the entity wrote it. Empty for anything else, which PostgreSQL reads
     * as written.
     */
    java.util.Optional<DefaultAndNullability> defaultAndNullability() {
        if (constraints == null) {
            return java.util.Optional.empty();
        }
        List<int[]> words = words(constraints);
        String defaultExpression = null;
        Boolean notNull = null;
        int i = 0;
        while (i < words.size()) {
            String w = word(words.get(i));
            if (w.equals("not") && i + 1 < words.size() && word(words.get(i + 1)).equals("null") && notNull == null) {
                notNull = true;
                i += 2;
            } else if (w.equals("null") && notNull == null) {
                notNull = false;
                i++;
            } else if (w.equals("default") && defaultExpression == null) {
                int start = words.get(i)[1];
                int j = i + 1;
                // the expression runs to a NOT NULL or NULL after it, or to the end
                while (j < words.size() && !(j > i + 1 && word(words.get(j)).equals("null")
                        || word(words.get(j)).equals("not") && j + 1 < words.size()
                        && word(words.get(j + 1)).equals("null"))) {
                    if (STARTS.contains(word(words.get(j))) && !word(words.get(j)).equals("null")
                            && !word(words.get(j)).equals("not")) {
                        return java.util.Optional.empty(); // another constraint: leave it all to PostgreSQL
                    }
                    j++;
                }
                int end = j < words.size() ? words.get(j)[0] : constraints.length();
                defaultExpression = constraints.substring(start, end).strip();
                if (defaultExpression.isEmpty()) {
                    return java.util.Optional.empty();
                }
                i = j;
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new DefaultAndNullability(defaultExpression, Boolean.TRUE.equals(notNull)));
    }

    /** A default (null: none) and whether NOT NULL was written. */
    record DefaultAndNullability(String defaultExpression, boolean notNull) {
    }

    private String word(int[] span) {
        return constraints.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    /** The spans of the words of {@code text} outside quotes and parentheses. */
    private static List<int[]> words(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                out.add(new int[]{i, end});
                i = end - 1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
