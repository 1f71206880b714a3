package dev.retort.scan.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as a {@code columnDefinition} may spell it with a collation, {@code varchar(100) collate "C"}:
 * the type without the clause, and the collation's name (unquoted names fold to lower case, as PostgreSQL folds
 * them; a schema qualifier is dropped, Retort models collations by name). The collation is null when the text
 * has no such clause.
 */
record DeclaredCollation(String type, String collation) {
    private static final Pattern COLLATE = Pattern.compile(
            "(?is)^(.*?)\\s+collate\\s+(?:[A-Za-z_][\\w$]*\\.)?(?:\"((?:[^\"]|\"\")+)\"|([A-Za-z_][\\w$]*))\\s*$");

    static DeclaredCollation of(String sqlType) {
        Matcher m = COLLATE.matcher(sqlType);
        if (!m.matches()) {
            return new DeclaredCollation(sqlType, null);
        }
        String name = m.group(2) != null ? m.group(2).replace("\"\"", "\"") : m.group(3).toLowerCase(Locale.ROOT);
        return new DeclaredCollation(m.group(1).strip(), name);
    }
}
